package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import la.rtp.tracker.compliance.docx.ProgressDocx;
import la.rtp.tracker.support.PinnedClock;
import la.rtp.tracker.support.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A second reader of the Word documents, independent of the library that wrote them: LibreOffice
 * turns the English and the Lao report into PDF, and {@code pdftotext} must find their headings,
 * the Lao ones included (so the Lao text is laid out in a font that has its letters), and an
 * SWG's figures. Needs {@code libreoffice} and {@code pdftotext} (Debian's
 * libreoffice-writer-nogui, poppler-utils, fonts-noto-core, fonts-lao); tagged {@code office},
 * run by {@code -Pbrowser}. The documents and PDFs stay in {@code target/office/}.
 */
@QuarkusTest
@PinnedClock
@Tag("office")
class ProgressDocxOfficeTest {

    static final int YEAR = 2044;

    @Inject
    TestClock clock;

    @Test
    void libreOfficeReadsTheHeadingsAndFiguresInBothLanguages() throws Exception {
        clock.pin(OffsetDateTime.parse(YEAR + "-12-20T10:00:00+07:00").toInstant());
        String meeting = DocxScenario.build(YEAR);
        Path dir = Files.createDirectories(Path.of("target", "office"));
        for (String lang : List.of("en", "lo")) {
            byte[] docx = admin().accept(ProgressDocx.MEDIA_TYPE)
                    .get("/reports/progress.docx?year=" + YEAR + "&asOf=" + YEAR + "-12-20&lang=" + lang).then()
                    .statusCode(200).extract().asByteArray();
            Files.write(dir.resolve("progress-" + lang + ".docx"), docx);
        }
        convert(dir, "progress-en.docx", "progress-lo.docx");

        String en = text(dir.resolve("progress-en.pdf"));
        String name = (String) DocxScenario.swg().get("name");
        for (String expected : List.of("Consolidated progress report of the Sector Working Groups " + YEAR,
                name + " (" + DocxScenario.SWG + ")", "Chair and co-chairs", "Open action items",
                "SWG compliance with the RTP Guideline " + YEAR, meeting, "33.3%", "10,000")) {
            assertTrue(squeeze(en).contains(squeeze(expected)), "'" + expected + "' in the English PDF");
        }
        String lo = text(dir.resolve("progress-lo.pdf"));
        String nameLo = (String) DocxScenario.swg().get("nameLo");
        for (String expected : List.of("ບົດລາຍງານຄວາມຄືບໜ້າລວມ ຂອງໜ່ວຍງານຂະແໜງການ " + YEAR, nameLo,
                "ປະທານ ແລະ ປະທານຮ່ວມ", "ຕົວເລກ", meeting, "33.3%")) {
            assertTrue(squeeze(lo).contains(squeeze(expected)), "'" + expected + "' in the Lao PDF");
        }
    }

    /** Both documents in one LibreOffice start, with a profile of its own (no clash with a desktop one). */
    private static void convert(Path dir, String... files) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(dir.resolve("profile")).toAbsolutePath();
        List<String> command = new java.util.ArrayList<>(List.of("libreoffice",
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir",
                dir.toAbsolutePath().toString()));
        for (String f : files) {
            command.add(dir.resolve(f).toAbsolutePath().toString());
        }
        run(command, dir.resolve("libreoffice.log"), 50);
    }

    private static String text(Path pdf) throws IOException, InterruptedException {
        Path out = Path.of(pdf.toString().replace(".pdf", ".txt"));
        run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString()), out.resolveSibling("pdftotext.log"),
                20);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void run(List<String> command, Path log, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " took more than " + seconds + " s; see " + log);
        }
        assertEquals(0, p.exitValue(), command.get(0) + " failed: " + Files.readString(log));
    }

    /** Without white space: PDF text breaks lines and spaces where the layout did. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}

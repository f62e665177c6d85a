package la.rtp.tracker.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/compliance/" + resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_lo.properties").stringPropertyNames()));
    }

    @Test
    void laoTextsAreInLaoScript() throws IOException {
        Properties lao = load("messages_lo.properties");
        for (String key : lao.stringPropertyNames()) {
            if (key.startsWith("rtp") || key.startsWith("rule.")) {
                assertTrue(lao.getProperty(key).codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LAO), key);
            }
        }
    }

    @Test
    void everyPatternParses() throws IOException {
        for (String file : List.of("messages.properties", "messages_lo.properties")) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                new MessageFormat(properties.getProperty(key));
            }
        }
    }

    @Test
    void everyDetailTheRulesProduceExistsAndFormatsInBothLanguages() throws IOException {
        Set<String> produced = new TreeSet<>();
        for (Verdict verdict : Scenarios.allVerdicts()) {
            Detail detail = verdict.detail();
            produced.add(detail.key());
            for (Locale locale : List.of(Locale.ENGLISH, ComplianceMessages.LAO)) {
                String text = ComplianceMessages.format(detail, locale);
                assertFalse(text.isBlank() || text.contains("{") || text.contains("["),
                        detail + " in " + locale + ": " + text);
            }
        }
        Set<String> declared = load("messages.properties").stringPropertyNames().stream()
                .filter(key -> key.startsWith("rtp"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, produced, "detail keys declared vs produced by the scenarios");
    }

    @Test
    void laoFormatsDatesPeriodsAndRolesInLao() {
        Locale lao = ComplianceMessages.LAO;
        assertEquals("ສົ່ງແຜນວຽກຊ້າ 10 ມື້ (10 ກຸມພາ; ກຳນົດ 31 ມັງກອນ)", ComplianceMessages.format(
                Detail.of("rtp2.late", 10, LocalDate.of(2025, 2, 10), LocalDate.of(2025, 1, 31)), lao));
        List<Period> quarters = Cadence.QUARTERLY.periods(2025);
        assertEquals("ບໍ່ໄດ້ຈັດກອງປະຊຸມປົກກະຕິ ໃນ ໄຕມາດ 1, ໄຕມາດ 3", ComplianceMessages.format(
                Detail.of("rtp5.missed", List.of(quarters.get(0), quarters.get(2))), lao));
        assertEquals("ວັນທີ 5 ມີນາ ຍັງຂາດ: ປະທານຝ່າຍລັດຖະບານ, ກອງເລຂາ", ComplianceMessages.format(
                Detail.of("rtp1.missing", LocalDate.of(2025, 3, 5),
                        List.of(Role.CHAIR, Role.SECRETARIAT)), lao));
        assertEquals("ການນຳພາ", ComplianceMessages.ruleName("RTP-1", lao));
    }

    @Test
    void englishSentencesForPeriodsYearsAndPlurals() {
        Period h1 = Cadence.HALF_YEARLY.periods(2025).get(0);
        assertEquals("Regular meeting held in H1",
                ComplianceMessages.format(Detail.of("rtp5.met", List.of(h1)), Locale.ENGLISH));
        assertEquals("No provincial authority attended any meeting in 2025",
                ComplianceMessages.format(Detail.of("rtp10.missing", Year.of(2025)), Locale.ENGLISH));
        assertEquals("Non-state actors attended all 3 regular meetings",
                ComplianceMessages.format(Detail.of("rtp6.met", 3), Locale.ENGLISH));
        assertEquals("Non-state actors attended the regular meeting",
                ComplianceMessages.format(Detail.of("rtp6.met", 1), Locale.ENGLISH));
    }

    @Test
    void otherLocalesGetEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(ComplianceMessages.LAO);
            assertEquals("No action item overdue",
                    ComplianceMessages.format(Detail.of("rtp8.none"), Locale.FRENCH));
            assertEquals("Leadership", ComplianceMessages.ruleName("RTP-1", Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }
}

package la.rtp.tracker.progress.docx;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import la.rtp.tracker.compliance.docx.DocxDocument;
import la.rtp.tracker.compliance.docx.DocxTable;
import la.rtp.tracker.compliance.docx.DocxTable.Cell;
import la.rtp.tracker.compliance.docx.DocxTable.Column;
import la.rtp.tracker.progress.SwgProgressReport;
import la.rtp.tracker.progress.SwgProgressReport.Amounts;
import la.rtp.tracker.progress.SwgProgressReport.Funding;
import la.rtp.tracker.progress.web.SwgReportMessages;

/**
 * One SWG's quarterly progress report as a Word document, from the same record as its HTML page
 * and with the same building blocks as the consolidated report's document (headings, tables,
 * money, the Lao font named in the styles).
 */
public final class SwgProgressDocx {

    public static final String MEDIA_TYPE = DocxDocument.MEDIA_TYPE;

    private SwgProgressDocx() {
    }

    /** {@code swg-progress-health-2026-Q3-lo.docx}: the SWG, the year, the quarter and the language. */
    public static String fileName(SwgProgressReport report, Locale language) {
        return "swg-progress-" + report.code() + "-" + report.year() + "-Q" + report.quarter() + "-"
                + language.getLanguage() + ".docx";
    }

    public static byte[] render(SwgProgressReport report, Locale language, String secretariat) {
        String lang = language.getLanguage();
        SwgReportMessages words = MessageBundles.get(SwgReportMessages.class, Localized.Literal.of(lang));
        DocxDocument doc = new DocxDocument(language);
        String name = "lo".equals(lang) ? report.nameLo() : report.nameEn();
        doc.heading(1, words.title(name, report.quarter(), report.year()));
        doc.paragraph(words.quarter_dates(report.quarterStart(), report.quarterEnd()) + " · " + report.asOf()
                + " · " + secretariat);

        doc.heading(2, words.activities());
        if (report.workplanId() == null) {
            doc.paragraph(words.no_workplan(report.year()));
        } else {
            DocxTable activities = doc.table(List.of(Column.text(words.activities(), 6), Column.text(words.status(), 3),
                    Column.text(words.narrative(), 8), Column.text(words.earlier_quarters(), 4)));
            for (var a : report.activities()) {
                String earlier = a.earlierQuarters().stream()
                        .map(q -> "Q" + q.quarter() + " " + words.progress_status(q.status()))
                        .collect(Collectors.joining(", "));
                activities.row(Cell.of(a.title()), Cell.of(a.status() == null ? words.not_reported()
                        : words.progress_status(a.status())), Cell.of(a.narrative(lang)), Cell.of(earlier));
            }
        }

        doc.heading(2, words.money());
        doc.paragraph(report.rate() == null || report.rate().lakPerUsd() == null ? words.no_rate(report.year())
                : report.rate().text());
        money(doc, words.by_source(), report.bySource(), report.total(), words);
        money(doc, words.by_funder(), report.byFunder(), null, words);

        doc.heading(2, words.meetings_of_quarter());
        if (report.meetings().isEmpty()) {
            doc.paragraph(words.no_meetings());
        } else {
            doc.bullets(report.meetings().stream().map(m -> m.date() + " · " + m.title() + " · " + m.status())
                    .toList());
        }
        return doc.bytes();
    }

    private static void money(DocxDocument doc, String heading, List<Funding> rows, Amounts total,
            SwgReportMessages words) {
        doc.heading(3, heading);
        DocxTable table = doc.table(List.of(Column.text(words.funder(), 5), Column.number(words.planned() + " USD", 3),
                Column.number(words.planned() + " LAK", 4), Column.number(words.disbursed_quarter() + " USD", 3),
                Column.number(words.disbursed_cumulative() + " USD", 3),
                Column.number(words.disbursed_cumulative() + " LAK", 4)));
        for (Funding f : rows) {
            row(table, Cell.of(f.key()), f.money());
        }
        if (total != null) {
            row(table, Cell.of(words.total()).asBold(), total);
        }
    }

    private static void row(DocxTable table, Cell first, Amounts m) {
        table.row(first, Cell.money(m.plannedUsd()), Cell.money(m.plannedLak()), Cell.money(m.quarterUsd()),
                Cell.money(m.cumulativeUsd()), Cell.money(m.cumulativeLak()));
    }
}

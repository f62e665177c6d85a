package la.rtp.tracker.compliance;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import la.rtp.tracker.common.RtpConfig;
import la.rtp.tracker.common.Xlsx;

/**
 * The compliance matrix as an Excel workbook for the secretariat, in English or Lao: a matrix
 * sheet (one row per SWG, one column per rule, the status word in each cell with the reason as a
 * cell comment), a details sheet (one row per SWG and rule: status, reason, evidence) and a short
 * sheet naming the plan year and the as-of date. The texts are those of the HTML matrix
 * ({@link ReportView}), so the three formats never disagree.
 */
@ApplicationScoped
public class ComplianceXlsx {

    private final String secretariat;

    ComplianceXlsx(RtpConfig config) {
        this.secretariat = config.secretariat().name();
    }

    /** The file name: {@code compliance-2026.xlsx}. */
    public static String fileName(int year) {
        return "compliance-" + year + ".xlsx";
    }

    public byte[] xlsx(ComplianceReport report, Locale locale) {
        Locale language = ComplianceHtml.language(locale);
        ReportView.Matrix matrix = ReportView.matrix(report, language, secretariat);
        boolean lao = language.equals(ComplianceMessages.LAO);
        ReportMessages words = lao ? MessageBundles.get(ReportMessages.class, Localized.Literal.of("lo"))
                : MessageBundles.get(ReportMessages.class);
        ComplianceXlsxMessages own = lao ? MessageBundles.get(ComplianceXlsxMessages.class, Localized.Literal.of("lo"))
                : MessageBundles.get(ComplianceXlsxMessages.class);
        Xlsx.Writer book = new Xlsx.Writer();

        List<String> headers = new ArrayList<>(List.of(own.code(), words.swg()));
        matrix.columns().forEach(c -> headers.add(c.id() + " " + c.name()));
        int[] widths = new int[headers.size()];
        widths[0] = 14;
        widths[1] = 40;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 18;
        }
        Xlsx.SheetWriter sheet = book.sheet(own.matrix_sheet(), headers, widths);
        sheet.headerLines(3);
        for (ReportView.Swg swg : matrix.swgs()) {
            Object[] values = new Object[headers.size()];
            values[0] = swg.code();
            values[1] = swg.name();
            for (int i = 0; i < swg.cells().size(); i++) {
                ReportView.Rule cell = swg.cells().get(i);
                values[i + 2] = cell == null ? null : words.status(cell.status());
            }
            int row = sheet.row(values);
            for (int i = 0; i < swg.cells().size(); i++) {
                ReportView.Rule cell = swg.cells().get(i);
                if (cell != null) {
                    sheet.comment(row, i + 2, cell.detail());
                }
            }
        }

        Xlsx.SheetWriter details = book.sheet(own.details_sheet(), List.of(own.code(), words.swg(), words.rule(),
                own.rule_name(), words.state(), words.detail(), words.evidence()), 14, 32, 8, 28, 16, 70, 50);
        for (ReportView.Swg swg : matrix.swgs()) {
            for (ReportView.Rule rule : swg.rules()) {
                details.row(swg.code(), swg.name(), rule.id(), rule.name(), words.status(rule.status()), rule.detail(),
                        String.join("\n", rule.evidence().stream().map(ReportView.Link::text).toList()));
            }
        }

        Xlsx.SheetWriter about = book.sheet(own.about_sheet(), List.of(), 90);
        about.heading(words.compliance_title());
        about.row(words.plan_year(report.year()));
        about.row(words.as_of(matrix.head().asOfText()));
        about.row(words.secretariat(secretariat));
        about.row(own.comments_hint());
        return book.bytes();
    }
}

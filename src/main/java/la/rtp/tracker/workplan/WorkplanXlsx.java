package la.rtp.tracker.workplan;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Xlsx;
import la.rtp.tracker.workplan.WorkplanView.ActivityView;
import la.rtp.tracker.workplan.WorkplanView.BudgetView;
import la.rtp.tracker.workplan.WorkplanView.QuarterProgress;

/**
 * A workplan as the Excel workbook SWGs keep it in, and the empty template: sheets Activities,
 * Budget and Progress, then a README explaining every column in English and Lao.
 *
 * <p>Sheet names and column order are the import's contract ({@link WorkplanImport} reads by
 * position), so the headers stay English whatever the user's language; the README says the rest.
 * An activity's Ref is its position in the workplan (1, 2, ... in the order activities were
 * added): the import maps Ref n back to the n-th activity, so exporting, importing and exporting
 * again gives the same cells.
 */
final class WorkplanXlsx {

    static final String ACTIVITIES = "Activities";
    static final String BUDGET = "Budget";
    static final String PROGRESS = "Progress";
    static final String README = "README";

    static final List<String> ACTIVITY_COLUMNS = List.of("Ref", "Title", "Description", "NSEDP outcomes", "Quarters",
            "Responsible organisation");
    static final List<String> BUDGET_COLUMNS = List.of("Activity ref", "Source", "Funding organisation", "Currency",
            "Planned amount");
    static final List<String> PROGRESS_COLUMNS = List.of("Activity ref", "Quarter", "Status", "Narrative (English)",
            "Narrative (Lao)", "Reported on");

    private WorkplanXlsx() {
    }

    /** {@code workplan-health-2026.xlsx}. */
    static String fileName(WorkplanView w) {
        return "workplan-" + w.swg() + "-" + w.year() + ".xlsx";
    }

    static byte[] export(WorkplanView w) {
        Xlsx.Writer book = new Xlsx.Writer();
        Xlsx.SheetWriter activities = activitiesSheet(book);
        Xlsx.SheetWriter budget = budgetSheet(book);
        Xlsx.SheetWriter progress = book.sheet(PROGRESS, PROGRESS_COLUMNS, 12, 10, 14, 60, 60, 14);
        for (int i = 0; i < w.activities().size(); i++) {
            ActivityView a = w.activities().get(i);
            String ref = String.valueOf(i + 1);
            activities.row(ref, a.title(), a.description(), join(a.nsedpOutcomes(), ""), join(a.quarters(), "Q"),
                    a.responsibleOrganizationName());
            for (BudgetView b : a.budget()) {
                budget.row(ref, b.source().name(), b.fundingOrganizationName(), b.currency().name(), b.planned());
            }
            for (QuarterProgress p : a.progress()) {
                progress.row(ref, "Q" + p.quarter(), p.status().name(), p.narrativeEn(), p.narrativeLo(),
                        p.reportedOn());
            }
        }
        readme(book, words("en").readme_title(w.swg(), w.year()), words("lo").readme_title(w.swg(), w.year()));
        return book.bytes();
    }

    static byte[] template() {
        Xlsx.Writer book = new Xlsx.Writer();
        activitiesSheet(book);
        budgetSheet(book);
        book.sheet(PROGRESS, PROGRESS_COLUMNS, 12, 10, 14, 60, 60, 14);
        readme(book, words("en").template_title(), words("lo").template_title());
        return book.bytes();
    }

    private static Xlsx.SheetWriter activitiesSheet(Xlsx.Writer book) {
        return book.sheet(ACTIVITIES, ACTIVITY_COLUMNS, 8, 50, 60, 16, 16, 36);
    }

    private static Xlsx.SheetWriter budgetSheet(Xlsx.Writer book) {
        return book.sheet(BUDGET, BUDGET_COLUMNS, 12, 16, 36, 10, 18);
    }

    /** Every column of the three sheets, explained in both languages side by side. */
    private static void readme(Xlsx.Writer book, String titleEn, String titleLo) {
        WorkplanXlsxMessages en = words("en");
        WorkplanXlsxMessages lo = words("lo");
        Xlsx.SheetWriter sheet = book.sheet(README, List.of(), 14, 26, 70, 70);
        sheet.heading(null, null, titleEn, titleLo);
        sheet.row(null, null, en.readme_template(), lo.readme_template());
        sheet.row(null, null, en.readme_import(), lo.readme_import());
        sheet.row(null, null, en.readme_progress(), lo.readme_progress());
        sheet.row();
        sheet.heading(en.readme_sheet() + " / " + lo.readme_sheet(), en.readme_column() + " / " + lo.readme_column(),
                en.readme_meaning(), lo.readme_meaning());
        List<List<String>> explained = List.of(
                List.of(en.col_activities_ref(), lo.col_activities_ref()),
                List.of(en.col_activities_title(), lo.col_activities_title()),
                List.of(en.col_activities_description(), lo.col_activities_description()),
                List.of(en.col_activities_outcomes(), lo.col_activities_outcomes()),
                List.of(en.col_activities_quarters(), lo.col_activities_quarters()),
                List.of(en.col_activities_organization(), lo.col_activities_organization()),
                List.of(en.col_budget_ref(), lo.col_budget_ref()),
                List.of(en.col_budget_source(), lo.col_budget_source()),
                List.of(en.col_budget_funder(), lo.col_budget_funder()),
                List.of(en.col_budget_currency(), lo.col_budget_currency()),
                List.of(en.col_budget_planned(), lo.col_budget_planned()),
                List.of(en.col_progress_ref(), lo.col_progress_ref()),
                List.of(en.col_progress_quarter(), lo.col_progress_quarter()),
                List.of(en.col_progress_status(), lo.col_progress_status()),
                List.of(en.col_progress_narrative_en(), lo.col_progress_narrative_en()),
                List.of(en.col_progress_narrative_lo(), lo.col_progress_narrative_lo()),
                List.of(en.col_progress_reported_on(), lo.col_progress_reported_on()));
        int i = 0;
        for (String name : List.of(ACTIVITIES, BUDGET, PROGRESS)) {
            List<String> columns = columns(name);
            for (String column : columns) {
                List<String> text = explained.get(i++);
                sheet.row(name, column, text.get(0), text.get(1));
            }
        }
    }

    static List<String> columns(String sheet) {
        return switch (sheet) {
            case ACTIVITIES -> ACTIVITY_COLUMNS;
            case BUDGET -> BUDGET_COLUMNS;
            default -> PROGRESS_COLUMNS;
        };
    }

    static WorkplanXlsxMessages words(String lang) {
        return "lo".equals(lang) ? MessageBundles.get(WorkplanXlsxMessages.class, Localized.Literal.of("lo"))
                : MessageBundles.get(WorkplanXlsxMessages.class);
    }

    private static String join(List<Integer> numbers, String prefix) {
        return numbers.stream().map(n -> prefix + n).collect(Collectors.joining(", "));
    }
}

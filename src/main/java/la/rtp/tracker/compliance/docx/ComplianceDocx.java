package la.rtp.tracker.compliance.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.compliance.BudgetLine;
import la.rtp.tracker.compliance.Figures;
import la.rtp.tracker.compliance.ReportFormat;
import la.rtp.tracker.compliance.ReportMessages;
import la.rtp.tracker.compliance.ReportView;
import la.rtp.tracker.compliance.Status;
import la.rtp.tracker.compliance.docx.DocxTable.Cell;
import la.rtp.tracker.compliance.docx.DocxTable.Column;

/**
 * The compliance blocks any Word report can reuse, from the same views as the HTML reports: the
 * matrix of SWGs by rules, the counts by status, meetings and participation, and the budget by
 * funding source. Status cells carry the status's symbol and name besides their colour, so a
 * black-and-white print still reads.
 */
public final class ComplianceDocx {

    private ComplianceDocx() {
    }

    /** The background of a status cell, as in the HTML matrix. */
    public static String fill(Status status) {
        return switch (status) {
            case COMPLIANT -> "DAFBE1";
            case NON_COMPLIANT -> "FFEBE9";
            case PENDING -> "FFF8C5";
            case NOT_APPLICABLE -> "F6F8FA";
        };
    }

    /** Symbol and name: "✓ Compliant". */
    public static String status(Status status, ReportMessages words) {
        return ReportFormat.symbol(status) + " " + words.status(status);
    }

    /**
     * The legend, the matrix (SWGs by rules, a status symbol on its colour in each cell, counts
     * per SWG and per rule), then the rules' names. Cells carry the symbol only: the names of
     * the statuses, in Lao above all, would wrap over three lines in eleven columns.
     */
    public static void matrix(DocxDocument doc, ReportView.Matrix view, ReportMessages words) {
        doc.paragraph(words.legend() + ": " + view.head().statuses().stream().map(s -> status(s, words))
                .collect(Collectors.joining(" · ")));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(words.swg(), 8));
        view.columns().forEach(c -> columns.add(Column.text(c.id(), 3)));
        view.head().statuses().forEach(s -> columns.add(Column.number(ReportFormat.symbol(s), 1)));
        DocxTable table = doc.table(columns);
        for (ReportView.Swg swg : view.swgs()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(swg.name()).asBold());
            for (ReportView.Rule cell : swg.cells()) {
                row.add(cell == null ? Cell.of("?")
                        : Cell.shaded(ReportFormat.symbol(cell.status()), fill(cell.status())));
            }
            view.head().statuses().forEach(s -> row.add(Cell.number(swg.counts().get(s))));
            table.row(row.toArray(Cell[]::new));
        }
        for (Status status : view.head().statuses()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.shaded(status(status, words), fill(status)).asBold());
            view.columns().forEach(c -> row.add(Cell.number(c.counts().get(status))));
            view.head().statuses().forEach(s -> row.add(Cell.of("")));
            table.row(row.toArray(Cell[]::new));
        }
        doc.paragraph("");
        DocxTable names = doc.table(List.of(Column.text(words.rule(), 1), Column.text(words.rule_names(), 8)));
        view.columns().forEach(c -> names.row(c.id(), c.name()));
    }

    /** "✓ Compliant: 8 · ✗ Non-compliant: 2 · ..." for one SWG. */
    public static void counts(DocxDocument doc, ReportView.Counts counts, List<Status> statuses,
            ReportMessages words) {
        doc.paragraph(statuses.stream().map(s -> status(s, words) + ": " + counts.get(s))
                .collect(Collectors.joining(" · ")));
    }

    /** Meetings held per quarter, attendance and action items, one row per SWG. */
    public static void participation(DocxDocument doc, List<ReportView.Swg> swgs, List<String> quarters,
            ReportMessages words) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(words.swg(), 6));
        quarters.forEach(q -> columns.add(Column.number(words.quarter(q), 1)));
        columns.add(Column.number(words.attendees(), 2));
        columns.add(Column.number(words.women(), 2));
        columns.add(Column.number(words.women_share(), 2));
        columns.add(Column.text(words.by_org_type(), 6));
        columns.add(Column.number(words.open_actions(), 2));
        columns.add(Column.number(words.overdue_actions(), 2));
        doc.label(words.meetings_participation());
        DocxTable table = doc.table(columns);
        for (ReportView.Swg swg : swgs) {
            Figures f = swg.figures();
            if (f == null) {
                continue;
            }
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(swg.name()).asBold());
            quarters.forEach(q -> row.add(Cell.number(f.meetingsHeldPerQuarter().getOrDefault(q, 0))));
            row.add(Cell.number(f.attendees()));
            row.add(Cell.number(f.women()));
            row.add(Cell.figure(ReportFormat.percent(f.womenShare())));
            row.add(Cell.of(f.attendeesByOrganizationType().entrySet().stream()
                    .map(e -> words.org_type(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining("\n"))));
            row.add(Cell.number(f.openActionItems()));
            row.add(Cell.number(f.overdueActionItems()));
            table.row(row.toArray(Cell[]::new));
        }
    }

    /** The workplan budget by funding source (USD), with each SWG's total; {@code showSwg} adds its name. */
    public static void budget(DocxDocument doc, List<ReportView.Swg> swgs, boolean showSwg, ReportMessages words) {
        List<Column> columns = new ArrayList<>();
        if (showSwg) {
            columns.add(Column.text(words.swg(), 5));
        }
        columns.add(Column.text(words.source(), 4));
        columns.add(Column.number(words.planned(), 3));
        columns.add(Column.number(words.disbursed(), 3));
        columns.add(Column.number(words.disbursement_rate(), 3));
        doc.label(words.budget_by_source());
        DocxTable table = doc.table(columns);
        for (ReportView.Swg swg : swgs) {
            Figures f = swg.figures();
            if (f == null) {
                continue;
            }
            if (f.budgetBySource().isEmpty() && !showSwg) {
                table.note(words.no_budget());
                continue;
            }
            if (f.budgetBySource().isEmpty()) {
                table.row(line(true, swg.name(), Cell.of(words.no_budget()), Cell.of(""), Cell.of(""), Cell.of("")));
                continue;
            }
            for (Map.Entry<String, BudgetLine> e : f.budgetBySource().entrySet()) {
                table.row(line(showSwg, swg.name(), Cell.of(words.budget_source(e.getKey())),
                        Cell.money(e.getValue().plannedUsd()), Cell.money(e.getValue().disbursedUsd()),
                        Cell.figure(ReportFormat.rate(e.getValue()))));
            }
            table.row(line(showSwg, swg.name(), Cell.of(words.total()).asBold(),
                    Cell.money(f.budgetTotal().plannedUsd()).asBold(), Cell.money(f.budgetTotal().disbursedUsd()).asBold(),
                    Cell.figure(ReportFormat.percent(f.disbursementRate())).asBold()));
        }
    }

    private static Cell[] line(boolean showSwg, String swg, Cell... cells) {
        if (!showSwg) {
            return cells;
        }
        Cell[] out = new Cell[cells.length + 1];
        out[0] = Cell.of(swg);
        System.arraycopy(cells, 0, out, 1, cells.length);
        return out;
    }
}

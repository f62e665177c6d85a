package la.rtp.tracker.compliance.docx;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import la.rtp.tracker.common.RtpConfig;
import la.rtp.tracker.compliance.ComplianceHtml;
import la.rtp.tracker.compliance.ComplianceReport;
import la.rtp.tracker.compliance.ProgressReport;
import la.rtp.tracker.compliance.ProgressReport.SwgProgress;
import la.rtp.tracker.compliance.ReportFormat;
import la.rtp.tracker.compliance.ReportMessages;
import la.rtp.tracker.compliance.ReportView;
import la.rtp.tracker.compliance.Status;
import la.rtp.tracker.compliance.docx.DocxTable.Cell;
import la.rtp.tracker.compliance.docx.DocxTable.Column;

/**
 * The consolidated progress report for the Round Table Implementation Meeting as a Word document
 * the secretariat edits: the same sections and words as the HTML report (portrait, one SWG a
 * page on), then the compliance matrix of the same year and date with the figures of all SWGs
 * (landscape). Loading is the report service's job; this bean only lays the values out.
 */
@ApplicationScoped
public class ProgressDocx {

    public static final String MEDIA_TYPE = DocxDocument.MEDIA_TYPE;

    private final String secretariat;

    ProgressDocx(RtpConfig config) {
        this.secretariat = config.secretariat().name();
    }

    /** The file name offered for download: {@code rtim-progress-report-2026-lo.docx}. */
    public static String fileName(int year, Locale locale) {
        return "rtim-progress-report-" + year + "-" + ComplianceHtml.language(locale).getLanguage() + ".docx";
    }

    public byte[] render(ProgressReport report, Locale locale) {
        Locale language = ComplianceHtml.language(locale);
        ReportMessages words = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.getLanguage()));
        ReportView.Progress view = ReportView.progress(report, language, secretariat);
        DocxDocument doc = new DocxDocument(language);
        doc.heading(1, words.progress_title() + " " + report.year());
        doc.paragraph(words.plan_year(report.year()) + " · " + words.as_of(view.head().asOfText()));
        doc.paragraph(words.secretariat(secretariat));
        boolean first = true;
        for (ReportView.ProgressSwg s : view.swgs()) {
            String title = s.name() + " (" + s.progress().code() + ")";
            if (first) {
                doc.heading(2, title);
                first = false;
            } else {
                doc.headingOnNewPage(title);
            }
            swg(doc, s, view, words);
        }
        List<ComplianceReport.SwgEntry> entries = report.swgs().stream().map(SwgProgress::compliance)
                .filter(e -> e != null).toList();
        ReportView.Matrix matrix = ReportView.matrix(new ComplianceReport(report.year(), report.asOf(), entries),
                language, secretariat);
        doc.orientation(true);
        doc.heading(2, words.compliance_title() + " " + report.year());
        ComplianceDocx.matrix(doc, matrix, words);
        doc.heading(3, words.figures());
        ComplianceDocx.participation(doc, matrix.swgs(), matrix.quarters(), words);
        ComplianceDocx.budget(doc, matrix.swgs(), true, words);
        return doc.bytes();
    }

    private static void swg(DocxDocument doc, ReportView.ProgressSwg s, ReportView.Progress view,
            ReportMessages words) {
        SwgProgress p = s.progress();
        int year = view.head().year();
        doc.heading(3, words.leadership());
        doc.table(List.of(Column.text(null, 3), Column.text(null, 7)))
                .row(Cell.of(words.lead_ministry()).asBold(), Cell.of(p.leadMinistry()))
                .row(Cell.of(words.chairs()).asBold(), Cell.of(leaders(p.chairs(), words)))
                .row(Cell.of(words.co_chairs()).asBold(), Cell.of(leaders(p.coChairs(), words)));
        doc.heading(3, words.mandate());
        doc.paragraph(p.mandate() == null || p.mandate().isBlank() ? DocxTable.NO_VALUE : p.mandate());
        doc.heading(3, words.workplan() + " " + year);
        if (p.workplan() == null) {
            doc.paragraph(words.no_workplan(year));
        } else {
            var w = p.workplan();
            doc.paragraph(words.workplan_status(w.status())
                    + (w.submittedOn() == null ? "" : " · " + words.submitted_on() + ": " + w.submittedOn())
                    + (w.endorsedOn() == null ? "" : " · " + words.endorsed_on() + ": " + w.endorsedOn()));
            doc.paragraph(view.lakPerUsd() == null ? words.no_rate() : words.rate_used(view.rate()));
            boolean kip = view.lakPerUsd() != null;
            List<Column> columns = new java.util.ArrayList<>(List.of(Column.text(words.activity(), 6),
                    Column.text(words.nsedp_outcomes(), 3), Column.text(words.quarters(), 2),
                    Column.text(words.responsible(), 4), Column.number(words.planned(), 3),
                    Column.number(words.disbursed(), 3)));
            if (kip) {
                columns.add(Column.number(words.planned_lak(), 4));
                columns.add(Column.number(words.disbursed_lak(), 4));
            }
            columns.add(Column.text(words.activity_status(), 4));
            DocxTable activities = doc.table(columns);
            for (var a : w.activities()) {
                List<Cell> cells = new java.util.ArrayList<>(List.of(Cell.of(a.title()),
                        Cell.of(ReportFormat.joined(a.nsedpOutcomes())), Cell.of(ReportFormat.joined(a.quarters())),
                        Cell.of(a.responsibleOrganization()), Cell.money(a.plannedUsd()), Cell.money(a.disbursedUsd())));
                if (kip) {
                    cells.add(Cell.money(a.plannedLak()));
                    cells.add(Cell.money(a.disbursedLak()));
                }
                String narrative = a.narrative(view.head().lang());
                cells.add(Cell.of(a.status() == null ? null : words.progress_status(a.status(), a.statusQuarter())
                        + (narrative == null || narrative.isBlank() ? "" : " " + narrative)));
                activities.row(cells.toArray(Cell[]::new));
            }
        }
        if (s.compliance() != null) {
            ComplianceDocx.budget(doc, s.swgs(), false, words);
        }
        narrative(doc, p, view.head().lang(), words);
        doc.heading(3, words.meetings_held());
        meetings(doc, p, words);
        doc.heading(3, words.open_actions());
        actions(doc, p, words);
        doc.heading(3, words.recommendations_to_swg());
        recommendations(doc, p, view.head().lang(), words);
        if (s.compliance() != null) {
            doc.heading(3, words.compliance_summary());
            ComplianceDocx.counts(doc, s.compliance().counts(), view.head().statuses(), words);
            doc.label(words.non_compliant_rules());
            List<String> failed = s.compliance().nonCompliant().stream()
                    .map(r -> r.id() + " " + r.name() + ": " + r.detail()).toList();
            doc.bullets(failed.isEmpty() ? List.of(words.no_non_compliant()) : failed);
        }
    }

    private static void meetings(DocxDocument doc, SwgProgress p, ReportMessages words) {
        DocxTable table = doc.table(List.of(Column.text(words.date(), 3), Column.text(words.title(), 7),
                Column.text(words.kind(), 3), Column.text(words.state(), 2), Column.number(words.attendees(), 2),
                Column.number(words.women(), 2), Column.number(words.women_share(), 2),
                Column.text(words.minutes_published(), 2)));
        for (var m : p.meetings()) {
            table.row(Cell.of(String.valueOf(m.date())), Cell.of(m.title()), Cell.of(words.meeting_kind(m.kind())),
                    Cell.of(words.meeting_status(m.status())), Cell.number(m.attendees()), Cell.number(m.women()),
                    Cell.figure(ReportFormat.womenShare(m)), Cell.of(m.minutesPublished() ? words.yes() : words.no()));
        }
        if (p.meetings().isEmpty()) {
            table.note(words.no_meetings());
        }
    }

    private static void actions(DocxDocument doc, SwgProgress p, ReportMessages words) {
        DocxTable table = doc.table(List.of(Column.text(words.action(), 8), Column.text(words.owner(), 4),
                Column.text(words.due_date(), 3), Column.text(words.state(), 4)));
        for (var a : p.openActions()) {
            String state = words.action_status(a.status()) + (a.overdue() ? " · ⚠ " + words.overdue() : "");
            table.row(Cell.of(a.description()), Cell.of(a.owner()),
                    Cell.of(a.dueDate() == null ? null : a.dueDate().toString()),
                    a.overdue() ? Cell.shaded(state, ComplianceDocx.fill(Status.NON_COMPLIANT))
                            : Cell.of(state));
        }
        if (p.openActions().isEmpty()) {
            table.note(words.no_open_actions());
        }
    }

    /** The narrative accepted as of the report date, each section in the report language if written in it. */
    private static void narrative(DocxDocument doc, SwgProgress p, String lang, ReportMessages words) {
        doc.heading(3, words.narrative());
        if (p.narrative() == null) {
            doc.paragraph(words.no_narrative());
            return;
        }
        doc.paragraph(words.narrative_accepted_on(p.narrative().acceptedOn()));
        for (var section : p.narrative().sections()) {
            if (section.empty()) {
                continue;
            }
            doc.label(words.narrative_section(section.key()));
            doc.paragraph(section.text(lang) + (section.otherLanguage(lang) ? " " + words.narrative_other_language() : ""));
        }
    }

    private static void recommendations(DocxDocument doc, SwgProgress p, String lang, ReportMessages words) {
        if (!p.recommendationsShown()) {
            doc.paragraph(words.recommendations_not_shown());
            return;
        }
        DocxTable table = doc.table(List.of(Column.text(words.recommendation(), 8),
                Column.text(words.due_date(), 3), Column.text(words.state(), 3), Column.text(words.response(), 5)));
        for (var r : p.recommendations()) {
            String response = r.decision() == null ? words.no_response()
                    : words.decision(r.decision()) + " · " + r.respondedOn()
                            + (r.reason() == null ? "" : ": " + r.reason());
            table.row(Cell.of(r.text(lang) + " (" + r.meeting() + ", " + r.meetingDate() + ")"),
                    Cell.of(r.dueDate() == null ? null : r.dueDate().toString()),
                    Cell.of(words.recommendation_status(r.status())), Cell.of(response));
        }
        if (p.recommendations().isEmpty()) {
            table.note(words.no_recommendations_to_swg());
        }
    }

    private static String leaders(List<ProgressReport.Leader> leaders, ReportMessages words) {
        if (leaders.isEmpty()) {
            return words.none();
        }
        return leaders.stream().map(l -> l.organization() + (l.person() == null ? "" : " — " + l.person())
                + (l.since() == null ? "" : " (" + words.since(l.since()) + ")")).collect(Collectors.joining("\n"));
    }
}

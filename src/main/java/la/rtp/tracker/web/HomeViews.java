package la.rtp.tracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.compliance.ComplianceMessages;
import la.rtp.tracker.compliance.ComplianceReport;
import la.rtp.tracker.compliance.Status;
import la.rtp.tracker.meeting.ActionItemView;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.meeting.MeetingView;
import la.rtp.tracker.swg.Swg;

/**
 * What the home and SWG pages print, already in the reader's language, so that templates only
 * lay it out. Public because Qute's generated resolvers read these records.
 */
public final class HomeViews {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private HomeViews() {
    }

    /** The SWG's name in the user's language. */
    static String name(Swg swg, String lang) {
        return "lo".equals(lang) && swg.nameLo != null ? swg.nameLo : swg.nameEn;
    }

    /** A meeting in a list: its Vientiane date and start time, kind and status as codes. */
    public record MeetingRow(long id, String swg, String title, String kind, String status, LocalDate date,
            String time) {

        static MeetingRow of(Meeting m) {
            return new MeetingRow(m.id, m.swg.code, m.title, m.kind.name(), m.status.name(), m.meetingDate,
                    HH_MM.format(m.startsAt.atZone(Time.ZONE)));
        }

        public static MeetingRow of(MeetingView v) {
            return new MeetingRow(v.id(), v.swg(), v.title(), v.kind().name(), v.status().name(), v.date(),
                    HH_MM.format(v.startsAt().atZoneSameInstant(Time.ZONE)));
        }

        public boolean cancelled() {
            return "CANCELLED".equals(status);
        }
    }

    /** An action item; {@code overdue} as the action item view judges it. */
    public record ActionRow(long id, long meetingId, String meetingTitle, String description, String owner,
            LocalDate dueDate, String status, boolean overdue) {

        public static ActionRow of(ActionItemView i) {
            String owner = i.ownerPerson() != null ? i.ownerPerson() : i.ownerOrganization();
            return new ActionRow(i.id(), i.meetingId(), i.meetingTitle(), i.description(), owner == null ? "" : owner,
                    i.dueDate(), i.status().name(), i.overdue());
        }
    }

    /**
     * One SWG on the home page: this year's workplan (null id when there is none), this quarter's
     * meetings and its overdue action items.
     */
    public record SwgCard(String code, String name, Long workplanId, String workplanStatus,
            List<MeetingRow> meetings, List<ActionRow> overdue) {

        /** No meeting in the quarter that is not cancelled. */
        public boolean noMeeting() {
            return meetings.stream().allMatch(MeetingRow::cancelled);
        }
    }

    /** The RTP secretariat's compliance matrix for the current year, as of today. */
    /** An RTP-level meeting of the year on the RTP secretariat's home. */
    public record CycleRow(long id, String title, String kind, String status, LocalDate date, int swgs) {

        static CycleRow of(Meeting m) {
            return new CycleRow(m.id, m.title, m.kind.name(), m.status.name(), m.meetingDate, m.participants.size());
        }
    }

    public record Matrix(int year, LocalDate asOf, List<Column> columns, List<MatrixRow> rows) {

        static Matrix of(ComplianceReport report, Locale locale, String lang) {
            List<String> ids = report.swgs().stream().flatMap(s -> s.rules().stream())
                    .map(ComplianceReport.RuleResult::rule).distinct().toList();
            List<Column> columns = ids.stream().map(id -> new Column(id, ComplianceMessages.ruleName(id, locale)))
                    .toList();
            List<MatrixRow> rows = report.swgs().stream().map(s -> new MatrixRow(s.code(),
                    "lo".equals(lang) && s.nameLo() != null ? s.nameLo() : s.name(),
                    ids.stream().map(id -> s.rules().stream().filter(r -> r.rule().equals(id)).findFirst()
                            .map(r -> new Cell(id, r.status(), r.message() == null ? r.detail()
                                    : ComplianceMessages.format(r.message(), locale)))
                            .orElse(null)).toList()))
                    .toList();
            return new Matrix(report.year(), report.asOf(), columns, rows);
        }
    }

    public record Column(String rule, String name) {
    }

    /** {@code cells} in column order; null where the SWG has no verdict for that rule. */
    public record MatrixRow(String code, String name, List<Cell> cells) {
    }

    public record Cell(String rule, Status status, String detail) {

        /** The class of app.css that colours the cell: {@code status-non-compliant}, ... */
        public String css() {
            return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}

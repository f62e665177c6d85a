package la.rtp.tracker.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test fixtures: snapshots of plan year 2025 built in a line or two, fresh for each test. */
final class Snapshots {

    static final int YEAR = 2025;
    static final String SWG = "health";

    private Snapshots() {
    }

    /** A day of 2025. */
    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(YEAR, month, dayOfMonth);
    }

    static Builder snapshot() {
        return new Builder();
    }

    static StatusChange change(String status, LocalDate on) {
        return new StatusChange(status, on);
    }

    static MembershipFact member(long id, Role role, String organizationType, LocalDate start,
            LocalDate end) {
        return new MembershipFact(id, role, organizationType, start, end);
    }

    static WorkplanFact workplan(long id, List<StatusChange> history, ActivityFact... activities) {
        return new WorkplanFact(id, history, List.of(activities), List.of());
    }

    static ActivityFact activity(long id, String title, int outcomes) {
        return new ActivityFact(id, title, outcomes);
    }

    static BudgetFact budget(String source, String planned, String disbursed) {
        return new BudgetFact(source, new BigDecimal(planned),
                disbursed == null ? null : new BigDecimal(disbursed));
    }

    static ActionItemFact action(long id, LocalDate due, StatusChange... history) {
        return new ActionItemFact(id, 1, due, List.of(history));
    }

    /**
     * A recommendation of an RTP-level meeting addressed to the SWG: its meeting date, the day
     * its minutes were published (null: not yet) and the SWG's answer dates.
     */
    static RecommendationFact recommendation(long id, LocalDate meetingDate, LocalDate publishedOn,
            LocalDate... answeredOn) {
        return new RecommendationFact(id, meetingDate, publishedOn, List.of(answeredOn));
    }

    static AttendeeFact attendee(String gender, String organizationType) {
        return new AttendeeFact(gender, organizationType);
    }

    /** A held regular meeting with no attendee, agenda or minutes; add what the test needs. */
    static Meeting meeting(long id, LocalDate date) {
        return new Meeting(id, date);
    }

    /** Asserts the status and the exact detail (key and typed arguments). */
    static void assertVerdict(Verdict verdict, Status status, String key, Object... args) {
        assertEquals(status, verdict.status(), () -> "status; detail " + verdict.detail());
        assertEquals(Detail.of(key, args), verdict.detail());
    }

    static final class Builder {
        private Cadence cadence = Cadence.QUARTERLY;
        private Thresholds thresholds = Thresholds.defaults(YEAR);
        private final List<MembershipFact> memberships = new ArrayList<>();
        private WorkplanFact workplan;
        private final List<MeetingFact> meetings = new ArrayList<>();
        private final List<ActionItemFact> actionItems = new ArrayList<>();
        private final List<RecommendationFact> recommendations = new ArrayList<>();

        Builder cadence(Cadence value) {
            this.cadence = value;
            return this;
        }

        Builder thresholds(Thresholds value) {
            this.thresholds = value;
            return this;
        }

        Builder members(MembershipFact... values) {
            memberships.addAll(Arrays.asList(values));
            return this;
        }

        Builder workplan(WorkplanFact value) {
            this.workplan = value;
            return this;
        }

        Builder meetings(Meeting... values) {
            Arrays.stream(values).map(Meeting::build).forEach(meetings::add);
            return this;
        }

        Builder actions(ActionItemFact... values) {
            actionItems.addAll(Arrays.asList(values));
            return this;
        }

        Builder recommendations(RecommendationFact... values) {
            recommendations.addAll(Arrays.asList(values));
            return this;
        }

        SwgYearSnapshot build() {
            return new SwgYearSnapshot(SWG, "Health", cadence, YEAR, thresholds, memberships,
                    workplan, meetings, actionItems, recommendations);
        }
    }

    static final class Meeting {
        private final long id;
        private final LocalDate date;
        private String kind = "REGULAR";
        private String status = "HELD";
        private LocalDate publishedOn;
        private final List<AttendeeFact> attendees = new ArrayList<>();
        private final List<AgendaFact> agenda = new ArrayList<>();

        private Meeting(long id, LocalDate date) {
            this.id = id;
            this.date = date;
        }

        Meeting kind(String value) {
            this.kind = value;
            return this;
        }

        Meeting status(String value) {
            this.status = value;
            return this;
        }

        Meeting published(LocalDate value) {
            this.publishedOn = value;
            return this;
        }

        Meeting attendees(AttendeeFact... values) {
            attendees.addAll(Arrays.asList(values));
            return this;
        }

        /** One agenda item per argument, each linked to that many NSEDP outcomes. */
        Meeting agenda(int... outcomeCounts) {
            Arrays.stream(outcomeCounts).mapToObj(AgendaFact::new).forEach(agenda::add);
            return this;
        }

        MeetingFact build() {
            return new MeetingFact(id, kind, status, date, publishedOn, attendees, agenda);
        }
    }
}

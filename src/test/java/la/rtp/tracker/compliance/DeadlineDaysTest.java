package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.action;
import static la.rtp.tracker.compliance.Snapshots.activity;
import static la.rtp.tracker.compliance.Snapshots.change;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.member;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static la.rtp.tracker.compliance.Snapshots.workplan;
import static la.rtp.tracker.compliance.Status.COMPLIANT;
import static la.rtp.tracker.compliance.Status.NON_COMPLIANT;
import static la.rtp.tracker.compliance.Status.NOT_APPLICABLE;
import static la.rtp.tracker.compliance.Status.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One reading of dates for every rule: a deadline day is still in time, the day after it is not;
 * a year that ended without meetings leaves nothing to judge. Each rule is evaluated the day
 * before, the day of and the day after its boundary.
 */
class DeadlineDaysTest {

    private static final LocalDate LAST_DAY = day(12, 31);
    private static final LocalDate NEXT_YEAR = LocalDate.of(2026, 1, 1);

    /** The statuses of {@code rule} on the day before, the day of and the day after {@code boundary}. */
    private static List<Status> around(ComplianceRule rule, SwgYearSnapshot snapshot, LocalDate boundary) {
        return Stream.of(boundary.minusDays(1), boundary, boundary.plusDays(1))
                .map(d -> rule.evaluate(snapshot, d).status()).toList();
    }

    private static Status on(ComplianceRule rule, SwgYearSnapshot snapshot, LocalDate asOf) {
        return rule.evaluate(snapshot, asOf).status();
    }

    @Test
    void rtp1TermsIncludeTheirFirstAndLastDay() {
        LocalDate start = day(3, 1);
        LocalDate end = day(6, 30);
        SwgYearSnapshot snapshot = snapshot().members(
                member(1, Role.CHAIR, "GOVERNMENT", start, end),
                member(2, Role.CO_CHAIR, "DEVELOPMENT_PARTNER", start, end),
                member(3, Role.SECRETARIAT, "GOVERNMENT", start, end)).build();
        Rtp1Leadership rule = new Rtp1Leadership();
        assertEquals(List.of(NON_COMPLIANT, COMPLIANT, COMPLIANT), around(rule, snapshot, start));
        assertEquals(List.of(COMPLIANT, COMPLIANT, NON_COMPLIANT), around(rule, snapshot, end));
    }

    @Test
    void rtp2TheSubmissionDeadlineDayIsInTime() {
        Rtp2WorkplanSubmitted rule = new Rtp2WorkplanSubmitted();
        LocalDate deadline = day(1, 31);
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, snapshot().build(), deadline));
        for (LocalDate submitted : List.of(deadline.minusDays(1), deadline)) {
            SwgYearSnapshot s = snapshot().workplan(workplan(7, List.of(change("SUBMITTED", submitted)))).build();
            assertEquals(COMPLIANT, on(rule, s, submitted));
            assertEquals(COMPLIANT, on(rule, s, LAST_DAY));
        }
        SwgYearSnapshot late = snapshot()
                .workplan(workplan(7, List.of(change("SUBMITTED", deadline.plusDays(1))))).build();
        Snapshots.assertVerdict(rule.evaluate(late, deadline.plusDays(1)), NON_COMPLIANT, "rtp2.late", 1,
                deadline.plusDays(1), deadline);
    }

    @Test
    void rtp2AConfiguredDeadlineDayIsInTime() {
        LocalDate deadline = day(2, 15);
        SwgYearSnapshot s = snapshot().thresholds(new Thresholds(deadline, day(3, 31), 14)).build();
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(new Rtp2WorkplanSubmitted(), s, deadline));
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(new Rtp4NsedpAlignment(), s, deadline));
    }

    @Test
    void rtp3TheEndorsementDeadlineDayIsInTime() {
        Rtp3WorkplanEndorsed rule = new Rtp3WorkplanEndorsed();
        LocalDate deadline = day(3, 31);
        SwgYearSnapshot submitted = snapshot()
                .workplan(workplan(7, List.of(change("SUBMITTED", day(1, 20))))).build();
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, submitted, deadline));
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, snapshot().build(), deadline));
        for (LocalDate endorsed : List.of(deadline.minusDays(1), deadline, deadline.plusDays(1))) {
            SwgYearSnapshot s = snapshot().workplan(workplan(7, List.of(change("SUBMITTED", day(1, 20)),
                    change("ENDORSED", endorsed)))).build();
            assertEquals(COMPLIANT, on(rule, s, endorsed), endorsed::toString);
        }
        SwgYearSnapshot onTheDay = snapshot().workplan(workplan(7, List.of(change("SUBMITTED", day(1, 20)),
                change("ENDORSED", deadline)))).build();
        assertEquals(List.of(PENDING, COMPLIANT, COMPLIANT), around(rule, onTheDay, deadline));
    }

    @Test
    void rtp3AConfiguredDeadlineDayIsInTime() {
        LocalDate deadline = day(4, 30);
        SwgYearSnapshot s = snapshot().thresholds(new Thresholds(day(1, 31), deadline, 14)).build();
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(new Rtp3WorkplanEndorsed(), s, deadline));
    }

    @Test
    void rtp4WaitsForTheSubmissionDeadlineDay() {
        Rtp4NsedpAlignment rule = new Rtp4NsedpAlignment();
        LocalDate deadline = day(1, 31);
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, snapshot().build(), deadline));
        SwgYearSnapshot empty = snapshot().workplan(workplan(7, List.of())).build();
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, empty, deadline));
        SwgYearSnapshot linked = snapshot().workplan(workplan(7, List.of(), activity(1, "Survey", 1))).build();
        assertEquals(List.of(COMPLIANT, COMPLIANT, COMPLIANT), around(rule, linked, deadline));
    }

    @Test
    void rtp5APeriodsLastDayIsStillInIt() {
        Rtp5RegularMeetings rule = new Rtp5RegularMeetings();
        LocalDate endOfQ1 = day(3, 31);
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, snapshot().build(), endOfQ1));
        SwgYearSnapshot onTheLastDay = snapshot().meetings(meeting(11, endOfQ1)).build();
        assertEquals(List.of(PENDING, PENDING, COMPLIANT), around(rule, onTheLastDay, endOfQ1));
    }

    @Test
    void rtp6Rtp7Rtp9WithoutMeetingsArePendingThroughTheLastDayOfTheYearThenNotApplicable() {
        SwgYearSnapshot none = snapshot().meetings(meeting(11, day(6, 1)).status("CANCELLED"),
                meeting(12, day(7, 1)).kind("CONSULTATION").status("SCHEDULED")).build();
        for (ComplianceRule rule : List.of(new Rtp6NonStateParticipation(), new Rtp7MinutesPublished(),
                new Rtp9NsedpOnAgenda())) {
            assertEquals(List.of(PENDING, PENDING, NOT_APPLICABLE), around(rule, none, LAST_DAY), rule.getClass().getSimpleName());
            assertEquals(PENDING, on(rule, none, day(1, 1)), rule.getClass().getSimpleName());
        }
        Snapshots.assertVerdict(new Rtp6NonStateParticipation().evaluate(none, NEXT_YEAR), NOT_APPLICABLE,
                "rtp6.noMeetingInYear", java.time.Year.of(2025));
        Snapshots.assertVerdict(new Rtp7MinutesPublished().evaluate(none, NEXT_YEAR), NOT_APPLICABLE,
                "rtp7.noMeetingInYear", java.time.Year.of(2025));
        Snapshots.assertVerdict(new Rtp9NsedpOnAgenda().evaluate(none, NEXT_YEAR), NOT_APPLICABLE,
                "rtp9.noMeetingInYear", java.time.Year.of(2025));
    }

    @Test
    void rtp6Rtp9OnlyRegularMeetingsCountAsHeld() {
        SwgYearSnapshot consultationOnly = snapshot().meetings(meeting(11, day(5, 1)).kind("CONSULTATION")).build();
        assertEquals(NOT_APPLICABLE, on(new Rtp6NonStateParticipation(), consultationOnly, NEXT_YEAR));
        assertEquals(NOT_APPLICABLE, on(new Rtp9NsedpOnAgenda(), consultationOnly, NEXT_YEAR));
        // RTP-7 counts meetings of every kind: the consultation's minutes were never published.
        assertEquals(NON_COMPLIANT, on(new Rtp7MinutesPublished(), consultationOnly, NEXT_YEAR));
    }

    @Test
    void rtp6Rtp9AMeetingOnItsDayCounts() {
        LocalDate held = day(5, 10);
        SwgYearSnapshot s = snapshot().meetings(meeting(11, held)).build();
        assertEquals(List.of(PENDING, NON_COMPLIANT, NON_COMPLIANT),
                around(new Rtp6NonStateParticipation(), s, held));
        assertEquals(List.of(PENDING, NON_COMPLIANT, NON_COMPLIANT), around(new Rtp9NsedpOnAgenda(), s, held));
    }

    @Test
    void rtp7TheNthDayAfterTheMeetingIsInTime() {
        Rtp7MinutesPublished rule = new Rtp7MinutesPublished();
        LocalDate held = day(3, 1);
        LocalDate due = held.plusDays(14);
        SwgYearSnapshot unpublished = snapshot().meetings(meeting(11, held)).build();
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, unpublished, due));
        for (LocalDate published : List.of(due.minusDays(1), due)) {
            SwgYearSnapshot s = snapshot().meetings(meeting(11, held).published(published)).build();
            assertEquals(List.of(PENDING, COMPLIANT, COMPLIANT), around(rule, s, published), published::toString);
        }
        SwgYearSnapshot late = snapshot().meetings(meeting(11, held).published(due.plusDays(1))).build();
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, late, due));
        assertEquals(NON_COMPLIANT, on(rule, late, LAST_DAY));
    }

    @Test
    void rtp7AConfiguredNumberOfDaysIsInTimeOnItsLastDay() {
        LocalDate held = day(3, 1);
        SwgYearSnapshot s = snapshot().thresholds(new Thresholds(day(1, 31), day(3, 31), 0))
                .meetings(meeting(11, held)).build();
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(new Rtp7MinutesPublished(), s, held));
    }

    @Test
    void rtp8TheDueDayIsInTime() {
        Rtp8ActionFollowUp rule = new Rtp8ActionFollowUp();
        LocalDate due = day(3, 10);
        SwgYearSnapshot open = snapshot().actions(action(21, due, change("OPEN", day(2, 1)))).build();
        assertEquals(List.of(COMPLIANT, COMPLIANT, NON_COMPLIANT), around(rule, open, due));
        SwgYearSnapshot doneOnTheDay = snapshot().actions(action(21, due, change("OPEN", day(2, 1)),
                change("DONE", due))).build();
        assertEquals(List.of(COMPLIANT, COMPLIANT, COMPLIANT), around(rule, doneOnTheDay, due));
        SwgYearSnapshot doneTheDayAfter = snapshot().actions(action(21, due, change("OPEN", day(2, 1)),
                change("DONE", due.plusDays(1)))).build();
        assertEquals(List.of(COMPLIANT, COMPLIANT, COMPLIANT), around(rule, doneTheDayAfter, due));
        ActionItemFact item = new ActionItemFact(21, 1, due, List.of(change("OPEN", day(2, 1))));
        assertEquals(List.of(false, false, true),
                Stream.of(due.minusDays(1), due, due.plusDays(1)).map(item::overdueOn).toList());
    }

    @Test
    void rtp10IsPendingThroughTheLastDayOfTheYear() {
        Rtp10ProvincialParticipation rule = new Rtp10ProvincialParticipation();
        assertEquals(List.of(PENDING, PENDING, NON_COMPLIANT), around(rule, snapshot().build(), LAST_DAY));
        SwgYearSnapshot onTheLastDay = snapshot().meetings(meeting(11, LAST_DAY)
                .attendees(Snapshots.attendee("FEMALE", "PROVINCIAL_AUTHORITY"))).build();
        assertEquals(List.of(PENDING, COMPLIANT, COMPLIANT), around(rule, onTheLastDay, LAST_DAY));
    }
}

package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.action;
import static la.rtp.tracker.compliance.Snapshots.attendee;
import static la.rtp.tracker.compliance.Snapshots.budget;
import static la.rtp.tracker.compliance.Snapshots.change;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresCalculatorTest {

    private static final AttendeeFact WOMAN_OFFICIAL = attendee("FEMALE", "GOVERNMENT");
    private static final AttendeeFact MAN_OFFICIAL = attendee("MALE", "GOVERNMENT");

    @Test
    void emptySnapshotGivesZerosAndNoShares() {
        Figures figures = FiguresCalculator.compute(snapshot().build(), day(6, 1));
        assertEquals(Map.of("Q1", 0, "Q2", 0, "Q3", 0, "Q4", 0), figures.meetingsHeldPerQuarter());
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), List.copyOf(figures.meetingsHeldPerQuarter().keySet()));
        assertEquals(0, figures.attendees());
        assertNull(figures.womenShare());
        assertEquals(Map.of(), figures.attendeesByOrganizationType());
        assertEquals(Map.of(), figures.budgetBySource());
        assertEquals(BudgetLine.ZERO, figures.budgetTotal());
        assertNull(figures.disbursementRate());
    }

    @Test
    void meetingsAndAttendanceCountHeldMeetingsOfTheYearUpToTheAsOfDate() {
        SwgYearSnapshot snapshot = snapshot().meetings(
                meeting(11, day(1, 10)).attendees(WOMAN_OFFICIAL, MAN_OFFICIAL,
                        attendee("FEMALE", "NGO")),
                meeting(12, day(3, 31)).kind("CONSULTATION").attendees(WOMAN_OFFICIAL,
                        attendee("MALE", "DEVELOPMENT_PARTNER"), attendee("UNDISCLOSED", null)),
                meeting(13, day(4, 1)).attendees(attendee("MALE", "DEVELOPMENT_PARTNER")),
                meeting(14, day(5, 5)).status("CANCELLED").attendees(WOMAN_OFFICIAL),
                meeting(15, day(7, 2)).attendees(WOMAN_OFFICIAL)).build();
        Figures figures = FiguresCalculator.compute(snapshot, day(7, 1));
        assertEquals(Map.of("Q1", 2, "Q2", 1, "Q3", 0, "Q4", 0), figures.meetingsHeldPerQuarter());
        assertEquals(7, figures.attendees());
        assertEquals(3, figures.women());
        assertEquals(new BigDecimal("0.429"), figures.womenShare());
        assertEquals(List.of("DEVELOPMENT_PARTNER", "GOVERNMENT", "NGO", Figures.UNSPECIFIED),
                List.copyOf(figures.attendeesByOrganizationType().keySet()));
        assertEquals(Map.of("DEVELOPMENT_PARTNER", 2, "GOVERNMENT", 3, "NGO", 1,
                Figures.UNSPECIFIED, 1), figures.attendeesByOrganizationType());
    }

    @Test
    void actionItemsOpenAndOverdueOnTheAsOfDate() {
        SwgYearSnapshot snapshot = snapshot().actions(
                action(21, day(6, 30), change("OPEN", day(2, 1))),
                action(22, day(5, 31), change("OPEN", day(2, 1)), change("IN_PROGRESS", day(3, 1))),
                action(23, day(5, 31), change("OPEN", day(2, 1)), change("DONE", day(5, 1))),
                action(24, day(6, 1), change("OPEN", day(2, 1)), change("DONE", day(6, 20))),
                action(25, day(5, 1), change("OPEN", day(6, 16)))).build();
        Figures figures = FiguresCalculator.compute(snapshot, day(6, 15));
        assertEquals(3, figures.openActionItems());
        assertEquals(2, figures.overdueActionItems());
    }

    @Test
    void budgetBySourceWithTotalsAndDisbursementRate() {
        WorkplanFact workplan = new WorkplanFact(7, List.of(), List.of(), List.of(
                budget("ODA_GRANT", "2000", "1500"), budget("GOVERNMENT", "1000", "500"),
                budget("ODA_GRANT", "1000", null)));
        Figures figures = FiguresCalculator.compute(snapshot().workplan(workplan).build(), day(6, 1));
        assertEquals(List.of("GOVERNMENT", "ODA_GRANT"), List.copyOf(figures.budgetBySource().keySet()));
        assertEquals(new BudgetLine(new BigDecimal("3000"), new BigDecimal("1500")),
                figures.budgetBySource().get("ODA_GRANT"));
        assertEquals(new BudgetLine(new BigDecimal("4000"), new BigDecimal("2000")),
                figures.budgetTotal());
        assertEquals(new BigDecimal("0.500"), figures.disbursementRate());
    }

    @Test
    void noDisbursementRateWhenNothingIsPlanned() {
        WorkplanFact workplan = new WorkplanFact(7, List.of(), List.of(),
                List.of(budget("NGO", "0", "100")));
        assertNull(FiguresCalculator.compute(snapshot().workplan(workplan).build(), day(6, 1))
                .disbursementRate());
    }
}

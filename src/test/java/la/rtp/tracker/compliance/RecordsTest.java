package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.change;
import static la.rtp.tracker.compliance.Snapshots.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void periodsOfEachCadence() {
        List<Period> quarters = Cadence.QUARTERLY.periods(2024);
        assertEquals(new Period("Q1", 2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                quarters.get(0));
        assertEquals(LocalDate.of(2024, 12, 31), quarters.get(3).end());
        assertEquals(List.of("H1", "H2"),
                Cadence.HALF_YEARLY.periods(2024).stream().map(Period::code).toList());
        assertEquals(new Period("Y", 2024, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                Cadence.YEARLY.periods(2024).get(0));
        assertEquals("Q2", Period.quarterOf(day(4, 1)).code());
    }

    @Test
    void statusOnTheAsOfDateIsTheLastEntryUpToIt() {
        List<StatusChange> history = List.of(change("OPEN", day(1, 1)),
                change("IN_PROGRESS", day(2, 1)), change("DONE", day(2, 1)), change("OPEN", day(3, 1)));
        assertEquals(Optional.empty(), StatusChange.statusOn(history, day(12, 31).minusYears(1)));
        assertEquals(Optional.of("OPEN"), StatusChange.statusOn(history, day(1, 31)));
        assertEquals(Optional.of("DONE"), StatusChange.statusOn(history, day(2, 1)));
        assertEquals(Optional.of("OPEN"), StatusChange.statusOn(history, day(3, 1)));
    }

    @Test
    void historyOutOfOrderIsReadChronologically() {
        List<StatusChange> history = List.of(change("DONE", day(3, 1)), change("OPEN", day(1, 1)));
        assertEquals(Optional.of("OPEN"), StatusChange.statusOn(history, day(2, 1)));
        assertEquals(Optional.of("DONE"), StatusChange.statusOn(history, day(3, 1)));
    }

    @Test
    void snapshotListsAreImmutableCopies() {
        List<MeetingFact> meetings = new ArrayList<>();
        SwgYearSnapshot snapshot = new SwgYearSnapshot("health", "Health", Cadence.QUARTERLY, 2025,
                Thresholds.defaults(2025), List.of(), null, meetings, List.of(), List.of());
        meetings.add(Snapshots.meeting(1, day(1, 1)).build());
        assertEquals(0, snapshot.meetings().size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.meetings().add(null));
    }

    @Test
    void thresholdDefaultsAreThoseOfRtpMd() {
        assertEquals(new Thresholds(day(1, 31), day(3, 31), 14, 60), Thresholds.defaults(2025));
        assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(day(1, 31), day(3, 31), -1, 60));
        assertThrows(IllegalArgumentException.class,
                () -> new Thresholds(day(1, 31), day(3, 31), 14, -1));
    }
}

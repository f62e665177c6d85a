package la.rtp.tracker.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.compliance.ProgressReport;
import org.junit.jupiter.api.Test;

/** The state transitions and the report's language fallback, without Quarkus. */
class NarrativeTransitionsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 2, 1);

    @Test
    void transitionsAreAllowedFromTheirStatesOnly() {
        Narrative n = new Narrative();
        Problems.Invalid empty = assertThrows(Problems.Invalid.class, () -> n.submit(DAY));
        assertEquals(Sections.KEYS, empty.errors().stream().map(ProblemException.FieldError::field).toList());
        Sections texts = new Sections();
        texts.challengesLo = "ສິ່ງທ້າທາຍ";
        n.edit(texts);
        n.submit(DAY);
        assertEquals(NarrativeStatus.SUBMITTED, n.status);
        assertThrows(Problems.Conflict.class, () -> n.edit(new Sections()));
        assertThrows(Problems.Conflict.class, () -> n.submit(DAY));
        n.accept(DAY);
        assertEquals(DAY, n.acceptedOn);
        assertThrows(Problems.Conflict.class, () -> n.accept(DAY));
        n.returnForRevision("Correct the figures");
        assertEquals(NarrativeStatus.RETURNED, n.status);
        assertThrows(Problems.Conflict.class, () -> n.returnForRevision("Again"));
        assertThrows(Problems.Conflict.class, () -> n.accept(DAY));
        n.edit(texts);
        n.submit(DAY.plusDays(1));
        assertEquals(DAY.plusDays(1), n.submittedOn);
    }

    @Test
    void theReportShowsTheOtherLanguageWhenTheSectionIsNotWrittenInItsOwn() {
        ProgressReport.Section both = new ProgressReport.Section("achievements", "Built", "ສ້າງ");
        ProgressReport.Section laoOnly = new ProgressReport.Section("challenges", " ", "ສິ່ງທ້າທາຍ");
        ProgressReport.Section none = new ProgressReport.Section("nextPriorities", null, "");
        assertEquals(List.of("Built", "ສ້າງ"), List.of(both.text("en"), both.text("lo")));
        assertEquals(List.of(false, false), List.of(both.otherLanguage("en"), both.otherLanguage("lo")));
        assertEquals("ສິ່ງທ້າທາຍ", laoOnly.text("en"));
        assertEquals(List.of(true, false), List.of(laoOnly.otherLanguage("en"), laoOnly.otherLanguage("lo")));
        assertEquals(List.of(true, false), List.of(none.empty(), none.otherLanguage("en")));
    }
}

package la.rtp.tracker.recommendation;

import static la.rtp.tracker.meeting.ActionItemStatus.CANCELLED;
import static la.rtp.tracker.meeting.ActionItemStatus.DONE;
import static la.rtp.tracker.meeting.ActionItemStatus.IN_PROGRESS;
import static la.rtp.tracker.meeting.ActionItemStatus.OPEN;
import static la.rtp.tracker.recommendation.Decision.ACCEPTED;
import static la.rtp.tracker.recommendation.Decision.NOT_ACCEPTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.recommendation.RecommendationStatus.Answer;
import la.rtp.tracker.recommendation.RecommendationStatus.Change;
import la.rtp.tracker.recommendation.RecommendationStatus.Link;
import org.junit.jupiter.api.Test;

/** The status of one addressee on a date, over every boundary day and every pair of action statuses. */
class RecommendationStatusTest {

    private static final LocalDate D = LocalDate.of(2024, 6, 15);
    private static long ids;

    private static Answer answer(Decision d, LocalDate on) {
        return new Answer(++ids, d, on);
    }

    /** An action item opened on 1 May, then in each status from each date: (status, date)... */
    private static Link link(LocalDate linkedOn, Object... changes) {
        List<Change> history = new ArrayList<>();
        history.add(new Change(++ids, LocalDate.of(2024, 5, 1), OPEN));
        for (int i = 0; i < changes.length; i += 2) {
            history.add(new Change(++ids, (LocalDate) changes[i + 1], (ActionItemStatus) changes[i]));
        }
        return new Link(linkedOn, history);
    }

    private static RecommendationStatus on(LocalDate day, List<Answer> answers, Link... links) {
        return RecommendationStatus.on(day, answers, List.of(links));
    }

    @Test
    void noAnswerOnOrBeforeTheDayIsOpen() {
        assertEquals(RecommendationStatus.OPEN, on(D, List.of()));
        List<Answer> tomorrow = List.of(answer(NOT_ACCEPTED, D.plusDays(1)));
        assertEquals(RecommendationStatus.OPEN, on(D, tomorrow));
        assertEquals(RecommendationStatus.NOT_ACCEPTED, on(D.plusDays(1), tomorrow));
    }

    @Test
    void theAnswerOfTheDayItselfCounts() {
        assertEquals(RecommendationStatus.NOT_ACCEPTED, on(D, List.of(answer(NOT_ACCEPTED, D))));
        assertEquals(RecommendationStatus.IN_PROGRESS, on(D, List.of(answer(ACCEPTED, D)), link(D)));
        assertEquals(RecommendationStatus.OPEN, on(D.minusDays(1), List.of(answer(ACCEPTED, D)), link(D)));
    }

    @Test
    void aLaterAnswerReplacesTheEarlierFromItsDateOn() {
        List<Answer> changed = List.of(answer(NOT_ACCEPTED, D.minusDays(10)), answer(ACCEPTED, D));
        Link done = link(D, DONE, D);
        assertEquals(RecommendationStatus.OPEN, on(D.minusDays(11), changed, done));
        assertEquals(RecommendationStatus.NOT_ACCEPTED, on(D.minusDays(10), changed, done));
        assertEquals(RecommendationStatus.NOT_ACCEPTED, on(D.minusDays(1), changed, done));
        assertEquals(RecommendationStatus.DONE, on(D, changed, done));
        List<Answer> withdrawn = List.of(answer(ACCEPTED, D.minusDays(10)), answer(NOT_ACCEPTED, D));
        assertEquals(RecommendationStatus.DONE, on(D.minusDays(1), withdrawn, link(D.minusDays(10), DONE, D.minusDays(5))));
        assertEquals(RecommendationStatus.NOT_ACCEPTED, on(D, withdrawn, link(D.minusDays(10), DONE, D.minusDays(5))));
    }

    @Test
    void twoAnswersOnOneDayTheOneRecordedLastCounts() {
        Answer first = answer(ACCEPTED, D);
        Answer second = answer(NOT_ACCEPTED, D);
        assertEquals(RecommendationStatus.NOT_ACCEPTED, on(D, List.of(second, first), link(D, DONE, D)));
        assertEquals(second, RecommendationStatus.lastAnswer(D, List.of(second, first)));
        assertNull(RecommendationStatus.lastAnswer(D.minusDays(1), List.of(second, first)));
    }

    @Test
    void acceptedIsDoneOnlyWhenEveryLinkedActionIsClosedAndOneIsDone() {
        List<Answer> accepted = List.of(answer(ACCEPTED, D.minusDays(20)));
        for (ActionItemStatus a : ActionItemStatus.values()) {
            for (ActionItemStatus b : ActionItemStatus.values()) {
                boolean done = a.closed() && b.closed() && (a == DONE || b == DONE);
                Link first = a == OPEN ? link(D.minusDays(20)) : link(D.minusDays(20), a, D.minusDays(3));
                Link second = b == OPEN ? link(D.minusDays(20)) : link(D.minusDays(20), b, D);
                assertEquals(done ? RecommendationStatus.DONE : RecommendationStatus.IN_PROGRESS,
                        on(D, accepted, first, second), a + " and " + b);
                // the day before, the second action had not changed yet: still OPEN
                assertEquals(RecommendationStatus.IN_PROGRESS, on(D.minusDays(1), accepted, first, second),
                        a + " and " + b + " the day before");
            }
        }
    }

    @Test
    void acceptedWithoutActionsLinkedByTheDayIsInProgress() {
        List<Answer> accepted = List.of(answer(ACCEPTED, D.minusDays(20)));
        assertEquals(RecommendationStatus.IN_PROGRESS, on(D, accepted));
        assertEquals(RecommendationStatus.IN_PROGRESS, on(D, accepted, link(D.plusDays(1), DONE, D.minusDays(2))));
        assertEquals(RecommendationStatus.DONE, on(D.plusDays(1), accepted, link(D.plusDays(1), DONE, D.minusDays(2))));
    }

    @Test
    void anActionLinkedAfterTheDayDoesNotCountAgainstIt() {
        List<Answer> accepted = List.of(answer(ACCEPTED, D.minusDays(20)));
        Link done = link(D.minusDays(20), DONE, D.minusDays(1));
        Link later = link(D.plusDays(1));
        assertEquals(RecommendationStatus.DONE, on(D, accepted, done, later));
        assertEquals(RecommendationStatus.IN_PROGRESS, on(D.plusDays(1), accepted, done, later));
    }

    @Test
    void aReopenedActionIsNoLongerDone() {
        List<Answer> accepted = List.of(answer(ACCEPTED, D.minusDays(20)));
        Link reopened = link(D.minusDays(20), DONE, D.minusDays(5), OPEN, D);
        assertEquals(RecommendationStatus.DONE, on(D.minusDays(1), accepted, reopened));
        assertEquals(RecommendationStatus.IN_PROGRESS, on(D, accepted, reopened));
        Link inProgress = link(D.minusDays(20), IN_PROGRESS, D.minusDays(5), CANCELLED, D.minusDays(2));
        assertEquals(RecommendationStatus.IN_PROGRESS, on(D, accepted, inProgress));
        assertEquals(RecommendationStatus.DONE, on(D, accepted, inProgress, link(D.minusDays(20), DONE, D)));
    }

    @Test
    void anActionsStatusOnADayIsItsLastChangeByDateThenById() {
        List<Change> history = List.of(new Change(5, D, DONE), new Change(3, D, IN_PROGRESS),
                new Change(1, D.minusDays(3), OPEN), new Change(9, D.plusDays(1), OPEN));
        assertNull(RecommendationStatus.statusOn(D.minusDays(4), history));
        assertEquals(OPEN, RecommendationStatus.statusOn(D.minusDays(1), history));
        assertEquals(DONE, RecommendationStatus.statusOn(D, history));
        assertEquals(OPEN, RecommendationStatus.statusOn(D.plusDays(1), history));
        assertEquals(RecommendationStatus.IN_PROGRESS, RecommendationStatus.on(D.minusDays(4),
                List.of(answer(ACCEPTED, D.minusDays(4))), List.of(new Link(D.minusDays(4), history))));
    }
}

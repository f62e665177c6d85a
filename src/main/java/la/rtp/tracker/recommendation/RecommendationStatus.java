package la.rtp.tracker.recommendation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import la.rtp.tracker.meeting.ActionItemStatus;

/**
 * Where one addressed SWG stands with a recommendation on a date D, decided from its answers and
 * the action items it linked, all read as of D (a fact dated after D has not happened yet):
 *
 * <ul>
 * <li>no answer dated on or before D: {@link #OPEN};
 * <li>the last answer on or before D is NOT_ACCEPTED: {@link #NOT_ACCEPTED};
 * <li>it is ACCEPTED: {@link #DONE} when every action item linked on or before D was DONE or
 * CANCELLED on D and at least one was DONE, otherwise {@link #IN_PROGRESS}.
 * </ul>
 *
 * Pure: no clock, no database, so that every boundary day can be tested in plain JUnit.
 */
public enum RecommendationStatus {
    OPEN,
    IN_PROGRESS,
    NOT_ACCEPTED,
    DONE;

    /** One answer: a later one (by date, then by the order recorded) replaces the earlier from its date on. */
    public record Answer(long id, Decision decision, LocalDate respondedOn) {
    }

    /** One status an action item took, on its business date; ties on a day are broken by id. */
    public record Change(long id, LocalDate changedOn, ActionItemStatus status) {
    }

    /** An action item linked on {@code linkedOn}, with its whole status history. */
    public record Link(LocalDate linkedOn, List<Change> history) {
    }

    /** The status on {@code day}. */
    public static RecommendationStatus on(LocalDate day, List<Answer> answers, List<Link> links) {
        Answer last = lastAnswer(day, answers);
        if (last == null) {
            return OPEN;
        }
        if (last.decision() == Decision.NOT_ACCEPTED) {
            return NOT_ACCEPTED;
        }
        boolean anyDone = false;
        for (Link link : links) {
            if (link.linkedOn().isAfter(day)) {
                continue;
            }
            ActionItemStatus s = statusOn(day, link.history());
            if (s == null || !s.closed()) {
                return IN_PROGRESS;
            }
            anyDone |= s == ActionItemStatus.DONE;
        }
        return anyDone ? DONE : IN_PROGRESS;
    }

    /** The answer in force on {@code day}: the last one dated on or before it, or null. */
    public static Answer lastAnswer(LocalDate day, List<Answer> answers) {
        return answers.stream().filter(a -> !a.respondedOn().isAfter(day))
                .max(Comparator.comparing(Answer::respondedOn).thenComparingLong(Answer::id)).orElse(null);
    }

    /**
     * An action item's status on {@code day}: its last change dated on or before it (as rule RTP-8
     * reads it), or null when it had not been opened yet.
     */
    public static ActionItemStatus statusOn(LocalDate day, List<Change> history) {
        return history.stream().filter(c -> !c.changedOn().isAfter(day))
                .max(Comparator.comparing(Change::changedOn).thenComparingLong(Change::id)).map(Change::status)
                .orElse(null);
    }
}

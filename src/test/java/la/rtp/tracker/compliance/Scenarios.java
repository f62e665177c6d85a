package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.action;
import static la.rtp.tracker.compliance.Snapshots.activity;
import static la.rtp.tracker.compliance.Snapshots.attendee;
import static la.rtp.tracker.compliance.Snapshots.change;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.member;
import static la.rtp.tracker.compliance.Snapshots.recommendation;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static la.rtp.tracker.compliance.Snapshots.workplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A few whole SWG years, evaluated by every rule on dates across the year: between them they
 * reach every detail sentence, so a message test can check that each one exists and formats.
 */
final class Scenarios {

    private static final List<LocalDate> DATES = List.of(day(1, 15), day(2, 1), day(3, 5),
            day(4, 1), day(7, 15), LocalDate.of(2026, 1, 1));

    private Scenarios() {
    }

    static List<Verdict> allVerdicts() {
        List<Verdict> verdicts = new ArrayList<>();
        for (SwgYearSnapshot snapshot : List.of(empty(), exemplary(), struggling(), hollowWorkplan())) {
            for (LocalDate asOf : DATES) {
                for (GuidelineRule rule : ComplianceEngine.RULES) {
                    verdicts.add(rule.evaluate(snapshot, asOf));
                }
            }
        }
        return verdicts;
    }

    static SwgYearSnapshot empty() {
        return snapshot().build();
    }

    /** Meets every rule by the end of the year. */
    static SwgYearSnapshot exemplary() {
        AttendeeFact ngo = attendee("FEMALE", "NGO");
        AttendeeFact province = attendee("MALE", "PROVINCIAL_AUTHORITY");
        return snapshot()
                .members(member(1, Role.CHAIR, "GOVERNMENT", day(1, 1), null),
                        member(2, Role.CO_CHAIR, "DEVELOPMENT_PARTNER", day(1, 1), null),
                        member(3, Role.SECRETARIAT, "GOVERNMENT", day(1, 1), null))
                .workplan(workplan(7, List.of(change("SUBMITTED", day(1, 20)),
                        change("ENDORSED", day(3, 1))), activity(1, "Survey", 2)))
                .meetings(meeting(11, day(2, 25)).attendees(ngo, province).agenda(1).published(day(2, 27)),
                        meeting(12, day(5, 10)).attendees(ngo).agenda(1).published(day(5, 12)),
                        meeting(13, day(8, 10)).attendees(ngo).agenda(1).published(day(8, 12)),
                        meeting(14, day(11, 10)).attendees(ngo).agenda(1).published(day(11, 12)))
                .actions(action(21, day(6, 1), change("OPEN", day(2, 25)),
                        change("DONE", day(5, 1))))
                .recommendations(recommendation(31, day(2, 12), day(2, 20), day(3, 1)))
                .build();
    }

    /** Late, unlinked, unpublished, unfollowed, unanswered. */
    static SwgYearSnapshot struggling() {
        return snapshot()
                .workplan(workplan(8, List.of(change("SUBMITTED", day(2, 10))),
                        activity(1, "Survey", 0), activity(2, "Training", 1)))
                .meetings(meeting(11, day(1, 10)).attendees(attendee("MALE", "GOVERNMENT")))
                .actions(action(21, day(1, 31), change("OPEN", day(1, 10))))
                .recommendations(recommendation(32, day(1, 20), day(2, 1)))
                .build();
    }

    static SwgYearSnapshot hollowWorkplan() {
        return snapshot().workplan(workplan(9, List.of(change("DRAFT", day(1, 5))))).build();
    }
}

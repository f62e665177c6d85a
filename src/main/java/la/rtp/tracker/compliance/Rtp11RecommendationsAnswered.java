package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * RTP-11 Recommendations answered: the SWG answered, within N days (default 60) of the minutes'
 * publication, every recommendation addressed to it by an RTP-level meeting held in Y whose
 * minutes were published on or before D.
 *
 * <p>A recommendation is due for an answer on publication day + N, and that day is still in
 * time (as every deadline day of the rules). Its answer is the SWG's first response dated on or
 * before D, whatever the decision (accepted or not accepted: both are answers). It is on time
 * when answered on or before the due day; waiting (not counted against the SWG) when unanswered
 * on D and D is on or before the due day; a failure otherwise (answered after the due day, or
 * unanswered from the day after it). Any failure: NON_COMPLIANT listing the due days. None
 * answered and some waiting: PENDING. Otherwise COMPLIANT. No recommendation counted (none
 * addressed, or minutes not yet published on D): NOT_APPLICABLE, since nothing was asked of
 * the SWG.
 *
 * <p>Why: the RTIM and the other RTP-level meetings review the SWGs and recommend; an answer
 * from each addressed SWG, accepted or not with its reason, is what closes that loop.
 */
final class Rtp11RecommendationsAnswered implements ComplianceRule {

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        List<RecommendationFact> counted = snapshot.countedRecommendations(asOf);
        if (counted.isEmpty()) {
            return Verdict.of(Status.NOT_APPLICABLE, Detail.of("rtp11.none", Year.of(snapshot.year()), asOf));
        }
        int days = snapshot.thresholds().recommendationResponseDays();
        List<RecommendationFact> onTime = new ArrayList<>();
        List<RecommendationFact> waiting = new ArrayList<>();
        List<RecommendationFact> failed = new ArrayList<>();
        for (RecommendationFact recommendation : counted) {
            LocalDate due = recommendation.dueOn(days);
            var answered = recommendation.answeredOn(asOf);
            if (answered.isPresent() && !answered.get().isAfter(due)) {
                onTime.add(recommendation);
            } else if (answered.isEmpty() && !asOf.isAfter(due)) {
                waiting.add(recommendation);
            } else {
                failed.add(recommendation);
            }
        }
        if (!failed.isEmpty()) {
            return Verdict.of(Status.NON_COMPLIANT,
                    Detail.of("rtp11.late", failed.size(), dueDates(failed, days), days),
                    Evidence.recommendations(failed));
        }
        if (onTime.isEmpty()) {
            return Verdict.of(Status.PENDING, Detail.of("rtp11.pending", waiting.size(), dueDates(waiting, days)),
                    Evidence.recommendations(waiting));
        }
        return Verdict.of(Status.COMPLIANT, Detail.of("rtp11.met", onTime.size(), days),
                Evidence.recommendations(onTime));
    }

    /** The due days of {@code recommendations}, in their order: how a detail names them. */
    private static List<LocalDate> dueDates(List<RecommendationFact> recommendations, int days) {
        return recommendations.stream().map(r -> r.dueOn(days)).toList();
    }
}

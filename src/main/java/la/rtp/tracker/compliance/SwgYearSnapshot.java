package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the rules need about one SWG for one plan year, loaded once by the report
 * service. All dates are business dates in Asia/Vientiane. The snapshot may hold facts dated
 * after the as-of date: the rules ignore them, so one snapshot serves any as-of date.
 *
 * @param thresholds  the thresholds in force for {@code year}
 * @param memberships all memberships of the SWG, past, present and future
 * @param workplan    the workplan of {@code year}, null when the SWG has none
 * @param meetings    the SWG's meetings dated in {@code year} (others are ignored anyway)
 * @param actionItems all action items of the SWG, of any year (RTP-8 is not limited to Y)
 * @param recommendations the recommendations addressed to the SWG by RTP-level meetings dated in
 *                    {@code year}, published or not (RTP-11)
 */
public record SwgYearSnapshot(String swgCode, String swgName, Cadence cadence, int year,
        Thresholds thresholds, List<MembershipFact> memberships, WorkplanFact workplan,
        List<MeetingFact> meetings, List<ActionItemFact> actionItems,
        List<RecommendationFact> recommendations) {

    public SwgYearSnapshot {
        Objects.requireNonNull(swgCode, "swgCode");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(thresholds, "thresholds");
        memberships = List.copyOf(memberships);
        meetings = List.copyOf(meetings);
        actionItems = List.copyOf(actionItems);
        recommendations = List.copyOf(recommendations);
    }

    /** Meetings of any kind held in the year up to D, by date. */
    public List<MeetingFact> heldMeetings(LocalDate asOf) {
        return meetings.stream()
                .filter(meeting -> meeting.heldIn(year, asOf))
                .sorted(Comparator.comparing(MeetingFact::date))
                .toList();
    }

    /** Recommendations counted for Y as of D (RTP-11), by meeting date. */
    public List<RecommendationFact> countedRecommendations(LocalDate asOf) {
        return recommendations.stream()
                .filter(recommendation -> recommendation.countedIn(year, asOf))
                .sorted(Comparator.comparing(RecommendationFact::meetingDate)
                        .thenComparingLong(RecommendationFact::id))
                .toList();
    }

    /**
     * The plan year has ended by D: D is after 31 December of Y (the last day is still in the
     * year, as every deadline day is still in time).
     */
    public boolean yearEndedBy(LocalDate asOf) {
        return asOf.isAfter(LocalDate.of(year, 12, 31));
    }

    /** Regular meetings held in the year up to D, by date (RTP-5, RTP-6, RTP-9). */
    public List<MeetingFact> heldRegularMeetings(LocalDate asOf) {
        return heldMeetings(asOf).stream().filter(MeetingFact::regular).toList();
    }

    /** The day Y's workplan was first submitted, on or before D (RTP-2); empty without one. */
    public Optional<LocalDate> workplanSubmittedOn(LocalDate asOf) {
        return workplan == null ? Optional.empty() : workplan.submittedOn(asOf);
    }

    /** The day Y's workplan was first endorsed, on or before D (RTP-3); empty without one. */
    public Optional<LocalDate> workplanEndorsedOn(LocalDate asOf) {
        return workplan == null ? Optional.empty() : workplan.endorsedOn(asOf);
    }
}

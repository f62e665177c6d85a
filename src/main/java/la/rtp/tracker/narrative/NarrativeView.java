package la.rtp.tracker.narrative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A narrative as the API shows it: its ten texts, status, dates, status history (oldest first)
 * and the dates of its acceptances (each kept with the texts accepted).
 */
public record NarrativeView(String swg, String swgName, int year, NarrativeStatus status, long version,
        String sectorOverviewEn, String sectorOverviewLo, String achievementsEn, String achievementsLo,
        String challengesEn, String challengesLo, String nsedpContributionEn, String nsedpContributionLo,
        String nextPrioritiesEn, String nextPrioritiesLo, LocalDate submittedOn, LocalDate acceptedOn,
        String returnedReason, Instant createdAt, Instant updatedAt, List<NarrativeChangeView> history,
        List<NarrativeAcceptanceView> acceptances) {

    /** One status change: {@code on} is the business date, {@code at} when it was recorded. */
    public record NarrativeChangeView(NarrativeStatus from, NarrativeStatus to, LocalDate on, Instant at, String by,
            String reason) {
        static NarrativeChangeView of(NarrativeChange c) {
            return new NarrativeChangeView(c.fromStatus, c.toStatus, c.onDate, c.occurredAt, c.actor, c.reason);
        }
    }

    /** One acceptance: its business date, when it was recorded and by whom. */
    public record NarrativeAcceptanceView(LocalDate acceptedOn, Instant at, String by) {
        static NarrativeAcceptanceView of(NarrativeAcceptance a) {
            return new NarrativeAcceptanceView(a.acceptedOn, a.occurredAt, a.actor);
        }
    }

    static NarrativeView of(Narrative n, List<NarrativeChangeView> history, List<NarrativeAcceptanceView> acceptances) {
        Sections t = n.texts == null ? new Sections() : n.texts;
        return new NarrativeView(n.swg.code, n.swg.nameEn, n.year, n.status, n.version, t.sectorOverviewEn,
                t.sectorOverviewLo, t.achievementsEn, t.achievementsLo, t.challengesEn, t.challengesLo,
                t.nsedpContributionEn, t.nsedpContributionLo, t.nextPrioritiesEn, t.nextPrioritiesLo, n.submittedOn,
                n.acceptedOn, n.returnedReason, n.createdAt, n.updatedAt, history, acceptances);
    }
}

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
        String returnedReason, Instant createdAt, Instant updatedAt, List<HistoryView> history,
        List<AcceptanceView> acceptances) {

    /** One status change: {@code on} is the business date, {@code at} when it was recorded. */
    public record HistoryView(NarrativeStatus from, NarrativeStatus to, LocalDate on, Instant at, String by,
            String reason) {
        static HistoryView of(NarrativeChange c) {
            return new HistoryView(c.fromStatus, c.toStatus, c.onDate, c.occurredAt, c.actor, c.reason);
        }
    }

    /** One acceptance: its business date, when it was recorded and by whom. */
    public record AcceptanceView(LocalDate acceptedOn, Instant at, String by) {
        static AcceptanceView of(NarrativeAcceptance a) {
            return new AcceptanceView(a.acceptedOn, a.occurredAt, a.actor);
        }
    }

    static NarrativeView of(Narrative n, List<HistoryView> history, List<AcceptanceView> acceptances) {
        Sections t = n.texts == null ? new Sections() : n.texts;
        return new NarrativeView(n.swg.code, n.swg.nameEn, n.year, n.status, n.version, t.sectorOverviewEn,
                t.sectorOverviewLo, t.achievementsEn, t.achievementsLo, t.challengesEn, t.challengesLo,
                t.nsedpContributionEn, t.nsedpContributionLo, t.nextPrioritiesEn, t.nextPrioritiesLo, n.submittedOn,
                n.acceptedOn, n.returnedReason, n.createdAt, n.updatedAt, history, acceptances);
    }
}

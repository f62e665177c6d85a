package la.rtp.tracker.narrative;

import java.time.LocalDate;

/** The texts of an SWG's narrative as accepted on {@code acceptedOn}, for the consolidated report. */
public record AcceptedNarrative(String swg, LocalDate acceptedOn, String sectorOverviewEn, String sectorOverviewLo,
        String achievementsEn, String achievementsLo, String challengesEn, String challengesLo,
        String nsedpContributionEn, String nsedpContributionLo, String nextPrioritiesEn, String nextPrioritiesLo) {

    static AcceptedNarrative of(String swg, NarrativeAcceptance a) {
        Sections t = a.texts == null ? new Sections() : a.texts;
        return new AcceptedNarrative(swg, a.acceptedOn, t.sectorOverviewEn, t.sectorOverviewLo, t.achievementsEn,
                t.achievementsLo, t.challengesEn, t.challengesLo, t.nsedpContributionEn, t.nsedpContributionLo,
                t.nextPrioritiesEn, t.nextPrioritiesLo);
    }
}

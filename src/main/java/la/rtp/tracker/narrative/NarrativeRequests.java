package la.rtp.tracker.narrative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import la.rtp.tracker.common.Text;

/** What clients send to draft and decide narratives. */
public final class NarrativeRequests {

    static final int MAX_TEXT = 8000;

    private NarrativeRequests() {
    }

    /**
     * The ten texts, each replacing the stored one (null or blank clears it); {@code version} is
     * required once the narrative exists.
     */
    public record NarrativeRequest(Long version,
            @Size(max = MAX_TEXT) @Text String sectorOverviewEn, @Size(max = MAX_TEXT) @Text String sectorOverviewLo,
            @Size(max = MAX_TEXT) @Text String achievementsEn, @Size(max = MAX_TEXT) @Text String achievementsLo,
            @Size(max = MAX_TEXT) @Text String challengesEn, @Size(max = MAX_TEXT) @Text String challengesLo,
            @Size(max = MAX_TEXT) @Text String nsedpContributionEn,
            @Size(max = MAX_TEXT) @Text String nsedpContributionLo,
            @Size(max = MAX_TEXT) @Text String nextPrioritiesEn, @Size(max = MAX_TEXT) @Text String nextPrioritiesLo) {

        Sections sections() {
            Sections s = new Sections();
            s.sectorOverviewEn = clean(sectorOverviewEn);
            s.sectorOverviewLo = clean(sectorOverviewLo);
            s.achievementsEn = clean(achievementsEn);
            s.achievementsLo = clean(achievementsLo);
            s.challengesEn = clean(challengesEn);
            s.challengesLo = clean(challengesLo);
            s.nsedpContributionEn = clean(nsedpContributionEn);
            s.nsedpContributionLo = clean(nsedpContributionLo);
            s.nextPrioritiesEn = clean(nextPrioritiesEn);
            s.nextPrioritiesLo = clean(nextPrioritiesLo);
            return s;
        }

        /** Blank is no text; trailing spaces and line ends are dropped, the rest is kept as typed. */
        private static String clean(String s) {
            return Sections.blank(s) ? null : s.stripTrailing();
        }
    }

    public record SubmitNarrativeRequest(LocalDate submittedOn) {
    }

    public record ReturnNarrativeRequest(@NotBlank @Size(max = 2000) @Text String reason, LocalDate returnedOn) {
    }

    public record AcceptNarrativeRequest(LocalDate acceptedOn) {
    }
}

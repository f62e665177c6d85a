package la.rtp.tracker.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/**
 * The five narrative sections in English and Lao, embedded both in the narrative being drafted
 * and in each acceptance's snapshot, so that the two cannot drift apart.
 */
@Embeddable
public class Sections {

    /** The sections' keys, in report order; each is a pair of fields {@code <key>En}/{@code <key>Lo}. */
    public static final List<String> KEYS = List.of("sectorOverview", "achievements", "challenges",
            "nsedpContribution", "nextPriorities");

    @Column(name = "sector_overview_en")
    public String sectorOverviewEn;

    @Column(name = "sector_overview_lo")
    public String sectorOverviewLo;

    @Column(name = "achievements_en")
    public String achievementsEn;

    @Column(name = "achievements_lo")
    public String achievementsLo;

    @Column(name = "challenges_en")
    public String challengesEn;

    @Column(name = "challenges_lo")
    public String challengesLo;

    @Column(name = "nsedp_contribution_en")
    public String nsedpContributionEn;

    @Column(name = "nsedp_contribution_lo")
    public String nsedpContributionLo;

    @Column(name = "next_priorities_en")
    public String nextPrioritiesEn;

    @Column(name = "next_priorities_lo")
    public String nextPrioritiesLo;

    /** A copy, for a snapshot that must not follow later edits. */
    public Sections copy() {
        Sections s = new Sections();
        s.sectorOverviewEn = sectorOverviewEn;
        s.sectorOverviewLo = sectorOverviewLo;
        s.achievementsEn = achievementsEn;
        s.achievementsLo = achievementsLo;
        s.challengesEn = challengesEn;
        s.challengesLo = challengesLo;
        s.nsedpContributionEn = nsedpContributionEn;
        s.nsedpContributionLo = nsedpContributionLo;
        s.nextPrioritiesEn = nextPrioritiesEn;
        s.nextPrioritiesLo = nextPrioritiesLo;
        return s;
    }

    /** The English and Lao text of each section, in {@link #KEYS} order. */
    public List<String[]> pairs() {
        return List.of(new String[] {sectorOverviewEn, sectorOverviewLo},
                new String[] {achievementsEn, achievementsLo}, new String[] {challengesEn, challengesLo},
                new String[] {nsedpContributionEn, nsedpContributionLo},
                new String[] {nextPrioritiesEn, nextPrioritiesLo});
    }

    /** The keys of the sections with no text in either language. */
    public List<String> emptySections() {
        List<String> empty = new ArrayList<>();
        List<String[]> pairs = pairs();
        for (int i = 0; i < KEYS.size(); i++) {
            if (blank(pairs.get(i)[0]) && blank(pairs.get(i)[1])) {
                empty.add(KEYS.get(i));
            }
        }
        return empty;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

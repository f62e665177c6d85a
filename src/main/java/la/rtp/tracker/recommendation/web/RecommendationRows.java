package la.rtp.tracker.recommendation.web;

import java.util.List;
import la.rtp.tracker.recommendation.RecommendationStatus;
import la.rtp.tracker.recommendation.RecommendationView;

/**
 * The register page: the recommendations of {@code year} as of today, filtered by {@code swg} and
 * {@code status} (null: any); {@code swgs} the codes the filter offers.
 */
public record RecommendationRows(List<RecommendationView> items, String lang, int year, String swg,
        RecommendationStatus status, List<String> swgs) {

    public String text(RecommendationView r) {
        return text(r, lang);
    }

    public List<String> statuses() {
        return List.of(RecommendationStatus.values()).stream().map(Enum::name).toList();
    }

    public boolean pickedSwg(String code) {
        return code.equals(swg);
    }

    public boolean pickedStatus(String code) {
        return status != null && code.equals(status.name());
    }

    /** The text in {@code lang}, falling back to the other language. */
    static String text(RecommendationView r, String lang) {
        if ("lo".equals(lang) && r.textLo() != null) {
            return r.textLo();
        }
        return r.textEn() != null ? r.textEn() : r.textLo();
    }
}

package la.rtp.tracker.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAddressee;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAnswer;

/**
 * The register of a year turned around: per addressed SWG, the recommendations made to it with
 * its status and answer as of a date. For reports that go SWG by SWG (the progress report); it
 * costs what the register costs, whatever the number of SWGs, and shows what the caller may see
 * in the register.
 */
@ApplicationScoped
public class SwgRecommendations {

    /** One recommendation as one SWG stands with it; {@code response} null while unanswered. */
    public record SwgRecommendation(long id, String meeting, LocalDate meetingDate, String textEn, String textLo,
            LocalDate dueDate, RecommendationStatus status, RecommendationAnswer response) {
    }

    /**
     * By SWG code, in the register's order (meeting date, agenda position, recommendation);
     * {@code scope} the SWGs the caller sees (null: all), so that a report can tell "none" from
     * "not shown to you".
     */
    public record BySwg(Map<String, List<SwgRecommendation>> recommendations, Set<String> scope) {

        public boolean shows(String swg) {
            return scope == null || scope.contains(swg);
        }
    }

    @Inject
    RecommendationRegister register;

    public BySwg of(int year, LocalDate asOf) {
        return new BySwg(bySwg(register.register(year, null, null, asOf)), register.scope());
    }

    static Map<String, List<SwgRecommendation>> bySwg(List<RecommendationView> register) {
        Map<String, List<SwgRecommendation>> out = new LinkedHashMap<>();
        for (RecommendationView r : register) {
            for (RecommendationAddressee a : r.addressees()) {
                out.computeIfAbsent(a.swg(), k -> new ArrayList<>()).add(new SwgRecommendation(r.id(),
                        r.meeting().title(), r.meeting().date(), r.textEn(), r.textLo(), r.dueDate(), a.status(),
                        a.response()));
            }
        }
        return out;
    }
}

package la.rtp.tracker.recommendation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Csv;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationActionItem;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAddressee;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAnswer;

/**
 * The register as CSV: one {@code entry} record per recommendation and addressed SWG, then one
 * {@code total} record per status with the number of entries in it (zero included). Linked
 * actions are joined in one cell as {@code #id description (due D): STATUS}, separated by
 * {@code "; "}.
 */
final class RecommendationCsv {

    static final String[] HEADER = {"row", "year", "asOf", "recommendation", "meetingId", "meetingDate",
        "meetingTitle", "meetingKind", "agendaItem", "segment", "textEn", "textLo", "dueDate", "organization",
        "swg", "status", "decision", "reason", "respondedOn", "actions", "count"};

    private RecommendationCsv() {
    }

    static String csv(int year, LocalDate asOf, List<RecommendationView> register) {
        StringBuilder out = new StringBuilder();
        Csv.record(out, (Object[]) HEADER);
        Map<RecommendationStatus, Integer> totals = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus s : RecommendationStatus.values()) {
            totals.put(s, 0);
        }
        for (RecommendationView r : register) {
            for (RecommendationAddressee a : r.addressees()) {
                totals.merge(a.status(), 1, Integer::sum);
                RecommendationAnswer answer = a.response();
                Csv.record(out, "entry", year, asOf, r.id(), r.meeting().id(), r.meeting().date(), r.meeting().title(),
                        r.meeting().kind(), r.agendaItem().title(), r.agendaItem().segment(), r.textEn(), r.textLo(),
                        r.dueDate(), r.organization() == null ? null : r.organization().name(), a.swg(), a.status(),
                        answer == null ? null : answer.decision(), answer == null ? null : answer.reason(),
                        answer == null ? null : answer.respondedOn(), actions(a.actions()), null);
            }
        }
        totals.forEach((status, count) -> Csv.record(out, "total", year, asOf, null, null, null, null, null, null,
                null, null, null, null, null, null, status, null, null, null, null, count));
        return out.toString();
    }

    private static String actions(List<RecommendationActionItem> actions) {
        return actions.stream().map(a -> "#" + a.id() + " " + a.description() + " (due " + a.dueDate() + "): "
                + a.status()).collect(Collectors.joining("; "));
    }
}

package la.rtp.tracker.compliance;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the recommendations of RTP-level meetings of a plan year addressed to many SWGs, with
 * each addressed SWG's answer dates, in one SQL statement whatever the number of SWGs,
 * recommendations or answers (RTP-11). RTP-level meetings are those without an organising SWG.
 */
final class RecommendationFacts {

    private RecommendationFacts() {
    }

    // One row per addressee and answer (none: a null answer date), so a single statement serves
    // all SWGs; the minutes' date only once they are published.
    private static final String SQL = "select os.swg_id, o.id, m.meeting_date, "
            + "case when mi.published then mi.published_on end, r.responded_on "
            + "from outcome o join outcome_swg os on os.outcome_id = o.id "
            + "join meeting m on m.id = o.meeting_id "
            + "left join minutes mi on mi.meeting_id = m.id "
            + "left join recommendation_response r on r.outcome_id = o.id and r.swg_id = os.swg_id "
            + "where o.type = 'RECOMMENDATION' and m.swg_id is null and os.swg_id in (:ids) "
            + "and m.meeting_date >= :from and m.meeting_date <= :to "
            + "order by os.swg_id, m.meeting_date, o.id, r.responded_on";

    /** Per SWG id, the recommendations addressed to it by RTP-level meetings dated in {@code year}. */
    static Map<Long, List<RecommendationFact>> load(EntityManager em, List<Long> ids, int year) {
        List<?> result = em.createNativeQuery(SQL).setParameter("ids", ids)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
        Map<Long, Map<Long, Row>> bySwg = new LinkedHashMap<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            Row row = bySwg.computeIfAbsent(Sql.num(r[0]), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Sql.num(r[1]), id -> new Row(id, Sql.date(r[2]), Sql.date(r[3])));
            if (r[4] != null) {
                row.responses().add(Sql.date(r[4]));
            }
        }
        Map<Long, List<RecommendationFact>> facts = new LinkedHashMap<>();
        bySwg.forEach((swg, rows) -> facts.put(swg, rows.values().stream().map(Row::fact).toList()));
        return facts;
    }

    private record Row(long id, LocalDate meetingDate, LocalDate publishedOn, List<LocalDate> responses) {
        Row(long id, LocalDate meetingDate, LocalDate publishedOn) {
            this(id, meetingDate, publishedOn, new ArrayList<>());
        }

        RecommendationFact fact() {
            return new RecommendationFact(id, meetingDate, publishedOn, responses);
        }
    }
}

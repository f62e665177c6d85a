package la.rtp.tracker.compliance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.support.Api;

/**
 * Recommendations of RTP-level meetings written straight into the tables, each call in a
 * transaction of its own, so the compliance report can be tested apart from the API that will
 * record them. {@link #deleteAll()} removes what this instance wrote: RTP-level meetings must not
 * linger for the other tests of the run.
 */
final class RtpRecommendations {

    private static final ZoneOffset VIENTIANE = ZoneOffset.ofHours(7);

    private final EntityManager em;
    private final List<Long> meetings = new ArrayList<>();

    RtpRecommendations(EntityManager em) {
        this.em = em;
    }

    /** A held RTP-level meeting of {@code kind} (no organising SWG) with the SWGs taking part. */
    long meeting(String kind, LocalDate date, String... swgs) {
        String title = Api.unique(kind);
        OffsetDateTime start = date.atTime(9, 0).atOffset(VIENTIANE);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into meeting (swg_id, title, kind, status, starts_at, ends_at, meeting_date, "
                    + "venue) values (null, :title, :kind, 'HELD', :start, :end, :date, 'Vientiane')")
                    .setParameter("title", title).setParameter("kind", kind).setParameter("start", start)
                    .setParameter("end", start.plusHours(8)).setParameter("date", date).executeUpdate();
            long meeting = number(em.createNativeQuery("select id from meeting where title = :title")
                    .setParameter("title", title).getSingleResult());
            for (String swg : swgs) {
                em.createNativeQuery("insert into meeting_swg (meeting_id, swg_id) select :m, id from swg "
                        + "where code = :code").setParameter("m", meeting).setParameter("code", swg).executeUpdate();
            }
            return meeting;
        });
        meetings.add(id);
        return id;
    }

    /** A recommendation on a new agenda item of {@code meeting}, addressed to {@code swgs}; its id. */
    long recommendation(long meeting, String... swgs) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into agenda_item (meeting_id, position, title) select :m, "
                    + "coalesce(max(position), 0) + 1, 'Review of the SWGs' from agenda_item where meeting_id = :m")
                    .setParameter("m", meeting).executeUpdate();
            em.createNativeQuery("insert into outcome (agenda_item_id, meeting_id, type, text_en, created_at, "
                    + "updated_at) select max(id), :m, 'RECOMMENDATION', 'Report on the recommendation', "
                    + "current_timestamp, current_timestamp from agenda_item where meeting_id = :m")
                    .setParameter("m", meeting).executeUpdate();
            long outcome = number(em.createNativeQuery("select max(id) from outcome where meeting_id = :m")
                    .setParameter("m", meeting).getSingleResult());
            for (String swg : swgs) {
                em.createNativeQuery("insert into outcome_swg (outcome_id, swg_id) select :o, id from swg "
                        + "where code = :code").setParameter("o", outcome).setParameter("code", swg).executeUpdate();
            }
            return outcome;
        });
    }

    /** Publishes the meeting's minutes on {@code on}. */
    void publishMinutes(long meeting, LocalDate on) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into minutes (meeting_id, language, "
                + "body, body_html, published, published_on, published_at, created_at, updated_at) values (:m, 'en', "
                + "'Minutes', '<p>Minutes</p>', true, :on, current_timestamp, current_timestamp, current_timestamp)")
                .setParameter("m", meeting).setParameter("on", on).executeUpdate());
    }

    /** The SWG's answer to a recommendation addressed to it ({@code ACCEPTED} or {@code NOT_ACCEPTED}). */
    void respond(long recommendation, String swg, String decision, LocalDate on) {
        // a literal, not a parameter: PostgreSQL cannot type a null parameter
        String reason = decision.equals("ACCEPTED") ? "null" : "'Not within the mandate'";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into recommendation_response "
                + "(outcome_id, swg_id, decision, reason, responded_on, recorded_at, actor) select :o, id, :d, "
                + reason + ", :on, current_timestamp, 'test' from swg where code = :code")
                .setParameter("o", recommendation).setParameter("d", decision)
                .setParameter("on", on).setParameter("code", swg).executeUpdate());
    }

    /** Removes the meetings written by this instance and everything hanging from them. */
    void deleteAll() {
        if (meetings.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            String outcomes = "(select id from outcome where meeting_id in (:ids))";
            for (String sql : List.of(
                    "delete from recommendation_response where outcome_id in " + outcomes,
                    "delete from outcome_swg where outcome_id in " + outcomes,
                    "delete from outcome where meeting_id in (:ids)",
                    "delete from agenda_item where meeting_id in (:ids)",
                    "delete from minutes where meeting_id in (:ids)",
                    "delete from meeting_swg where meeting_id in (:ids)",
                    "delete from meeting where id in (:ids)")) {
                em.createNativeQuery(sql).setParameter("ids", meetings).executeUpdate();
            }
        });
        meetings.clear();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

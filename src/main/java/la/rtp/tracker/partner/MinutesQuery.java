package la.rtp.tracker.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which published minutes a request asks for: the filters, the keyset position and the page
 * size. Renders the same conditions as HQL (to load the page) and as SQL (to fingerprint it), so
 * the ETag always describes exactly the rows the page would show. Aliases: minutes {@code mi},
 * meeting {@code m}, SWG {@code s}.
 */
record MinutesQuery(String swg, LocalDate from, LocalDate to, Instant updatedSince, Cursor after, Long meetingId,
        int limit) {

    static final String ORDER_HQL = " order by m.startsAt desc, m.id desc";
    static final String ORDER_SQL = " order by m.starts_at desc, m.id desc";

    static MinutesQuery one(long meetingId) {
        return new MinutesQuery(null, null, null, null, null, meetingId, 1);
    }

    /** Conditions after "where", in HQL ({@code hql = true}) or SQL, with their parameters. */
    String where(boolean hql, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("mi.published = true");
        add(where, params, swg, "s.code = :swg", "s.code = :swg", "swg", hql);
        add(where, params, from, "m.meetingDate >= :from", "m.meeting_date >= :from", "from", hql);
        add(where, params, to, "m.meetingDate <= :to", "m.meeting_date <= :to", "to", hql);
        add(where, params, updatedSince, "mi.updatedAt >= :since", "mi.updated_at >= :since", "since", hql);
        add(where, params, meetingId, "m.id = :meetingId", "m.id = :meetingId", "meetingId", hql);
        if (after != null) {
            where.add(hql ? "(m.startsAt < :afterStart or (m.startsAt = :afterStart and m.id < :afterId))"
                    : "(m.starts_at < :afterStart or (m.starts_at = :afterStart and m.id < :afterId))");
            params.put("afterStart", after.startsAt());
            params.put("afterId", after.meetingId());
        }
        return String.join(" and ", where);
    }

    /** What the answer depends on besides the data: part of the ETag. */
    String describe() {
        Map<String, Object> p = new LinkedHashMap<>();
        String conditions = where(false, p);
        return conditions + " " + p + " limit " + limit;
    }

    private static void add(List<String> where, Map<String, Object> params, Object value, String hqlClause,
            String sqlClause, String name, boolean hql) {
        if (value != null) {
            where.add(hql ? hqlClause : sqlClause);
            params.put(name, value);
        }
    }
}

package la.rtp.tracker.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which published minutes a request asks for: the filters, the keyset position and the page
 * size. Each condition is written once, in HQL (to load the page); the SQL that fingerprints it
 * ({@link MinutesFingerprint}) is the same text with each property replaced by its column
 * ({@link #COLUMNS}), so the ETag always describes exactly the rows the page would show. Aliases:
 * minutes {@code mi}, meeting {@code m}, SWG {@code s} (the organising SWG: none for an RTP-level
 * meeting, so it is always joined as an outer join).
 */
record MinutesQuery(String swg, LocalDate from, LocalDate to, Instant updatedSince, Cursor after, Long meetingId,
        int limit) {

    static final String ORDER_HQL = " order by m.startsAt desc, m.id desc";

    /** The properties the conditions name whose column is named otherwise (the entities' {@code @Column}). */
    private static final Map<String, String> COLUMNS = Map.of(
            "m.startsAt", "m.starts_at",
            "m.meetingDate", "m.meeting_date",
            "mi.updatedAt", "mi.updated_at");
    private static final Pattern PROPERTY = Pattern.compile("\\b(?:mi|m|s)\\.[a-z]+[A-Z][A-Za-z]*");
    static final String ORDER_SQL = sql(ORDER_HQL);

    static MinutesQuery one(long meetingId) {
        return new MinutesQuery(null, null, null, null, null, meetingId, 1);
    }

    /** Conditions after "where", in HQL ({@code hql = true}) or SQL, with their parameters. */
    String where(boolean hql, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("mi.published = true");
        add(where, params, swg, swgCondition(hql), "swg");
        add(where, params, from, "m.meetingDate >= :from", "from");
        add(where, params, to, "m.meetingDate <= :to", "to");
        add(where, params, updatedSince, "mi.updatedAt >= :since", "since");
        add(where, params, meetingId, "m.id = :meetingId", "meetingId");
        if (after != null) {
            where.add("(m.startsAt < :afterStart or (m.startsAt = :afterStart and m.id < :afterId))");
            params.put("afterStart", after.startsAt());
            params.put("afterId", after.meetingId());
        }
        String conditions = String.join(" and ", where);
        return hql ? conditions : sql(conditions);
    }

    /**
     * The meetings of SWG {@code :swg}: its own, and the RTP-level ones it takes part in (the
     * participation table is not an entity property, so the condition is written once per language).
     */
    static String swgCondition(boolean hql) {
        return hql ? "(s.code = :swg or exists (select 1 from Meeting pm join pm.participants ps "
                        + "where pm.id = m.id and ps.code = :swg))"
                : "(s.code = :swg or exists (select 1 from meeting_swg pm join swg ps on ps.id = pm.swg_id "
                        + "where pm.meeting_id = m.id and ps.code = :swg))";
    }

    /** What the answer depends on besides the data: part of the ETag. */
    String describe() {
        Map<String, Object> p = new LinkedHashMap<>();
        String conditions = where(false, p);
        return conditions + " " + p + " limit " + limit;
    }

    /** The same text with each property named by its column. */
    static String sql(String hql) {
        Matcher m = PROPERTY.matcher(hql);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            String column = COLUMNS.get(m.group());
            if (column == null) {
                throw new IllegalStateException("No column known for " + m.group());
            }
            m.appendReplacement(sql, column);
        }
        return m.appendTail(sql).toString();
    }

    private static void add(List<String> where, Map<String, Object> params, Object value, String condition,
            String name) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }
}

package la.rtp.tracker.partner;

import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.meeting.Minutes;

/**
 * The validators of a page of published minutes, computed by ONE aggregate statement instead of
 * loading the page, so that a client polling with {@code If-None-Match} costs one cheap query.
 *
 * <p>The statement takes the same rows the page would show (same filters, keyset position and
 * limit) and sums them up in rows of figures:
 * <ul>
 * <li>how many rows there are up to {@code limit + 1}: whether {@code nextCursor} is present
 * (the row after the page only counts, its content does not);</li>
 * <li>the items: count, sum and sum of squares of the meeting ids (which items, so a publication
 * inside the window changes it even when another item drops out of the page), the sum of the
 * versions of the minutes, the meeting and the SWG (any edit bumps one of them: optimistic
 * locking increments {@code version} on every update), max of the minutes' and the meetings'
 * {@code updated_at};</li>
 * <li>their attendees, which are recorded or removed but never edited: count, sum and max of
 * ids, max {@code recorded_at};</li>
 * <li>their action items: count and sum of ids (added or removed), sum of versions of the items
 * and of their owner organisations and people (status changes and renamed owners), max
 * {@code updated_at}.</li>
 * </ul>
 * The ETag is a SHA-256 of these figures and of the query itself (filters, position, limit), so
 * any change to what the page shows changes it. The page is loaded in a second step, only when
 * the ETag does not match; if the data changes between the two statements, the answer carries
 * the older ETag and the client's next request simply gets a 200 again: never a stale 304.
 * {@code lastModified} is the latest of those timestamps (null for an empty window).
 */
record MinutesFingerprint(long count, String etag, Instant lastModified) {

    private static final String SQL = """
            with candidates as (
              select m.id as id, m.starts_at as starts_at
              from minutes mi join meeting m on m.id = mi.meeting_id left join swg s on s.id = m.swg_id
              where %s %s
              limit :window
            ), page as (
              select c.id as id from candidates c order by c.starts_at desc, c.id desc limit :limit
            )
            select 'W', count(*), 0, 0, 0, null, null from candidates
            union all
            select 'M', count(*), sum(m.id), sum(cast(m.id as numeric(38, 0)) * m.id),
                   sum(mi.version + m.version + coalesce(s.version, 0)), max(mi.updated_at), max(m.updated_at)
              from page p join meeting m on m.id = p.id join minutes mi on mi.meeting_id = m.id
              left join swg s on s.id = m.swg_id
            union all
            select 'A', count(*), sum(a.id), max(a.id), 0, max(a.recorded_at), null
              from attendee a where a.meeting_id in (select id from page)
            union all
            select 'I', count(*), sum(i.id), max(i.id),
                   sum(i.version + coalesce(o.version, 0) + coalesce(pe.version, 0)), max(i.updated_at), null
              from action_item i left join organization o on o.id = i.owner_organization_id
              left join person pe on pe.id = i.owner_person_id
              where i.meeting_id in (select id from page)
            """;

    static MinutesFingerprint of(MinutesQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = query.where(false, params);
        Query q = Minutes.getEntityManager().createNativeQuery(SQL.formatted(where, MinutesQuery.ORDER_SQL));
        params.forEach(q::setParameter);
        q.setParameter("window", query.limit() + 1);
        q.setParameter("limit", query.limit());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        StringBuilder figures = new StringBuilder("minutes-v1 ").append(query.describe());
        long count = 0;
        Instant last = null;
        for (Object[] row : rows) {
            for (Object value : row) {
                Instant t = instant(value);
                figures.append('|').append(t != null ? t : value);
            }
            if ("M".equals(String.valueOf(row[0]).trim())) {
                count = ((Number) row[1]).longValue();
            }
            last = later(last, later(instant(row[5]), instant(row[6])));
        }
        return new MinutesFingerprint(count, etag(figures.toString()), last);
    }

    /** A strong entity tag (quoted) of this text. */
    static String etag(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Native queries answer timestamps as different types on H2 and PostgreSQL. */
    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        return null;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}

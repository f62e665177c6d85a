package la.rtp.tracker.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each condition is written once: the SQL of the fingerprint is the HQL of the page, with columns for properties. */
class MinutesQueryTest {

    private final MinutesQuery all = new MinutesQuery("AGR", LocalDate.parse("2024-01-01"),
            LocalDate.parse("2024-12-31"), Instant.parse("2024-06-01T00:00:00Z"),
            new Cursor(Instant.parse("2024-06-10T02:00:00Z"), 42), null, 50);

    @Test
    void theSameConditionsInHqlAndSql() {
        Map<String, Object> hqlParams = new LinkedHashMap<>();
        Map<String, Object> sqlParams = new LinkedHashMap<>();
        assertEquals("mi.published = true and " + MinutesQuery.swgCondition(true) + " and m.meetingDate >= :from and m.meetingDate <= :to"
                + " and mi.updatedAt >= :since"
                + " and (m.startsAt < :afterStart or (m.startsAt = :afterStart and m.id < :afterId))",
                all.where(true, hqlParams));
        assertEquals("mi.published = true and " + MinutesQuery.swgCondition(false) + " and m.meeting_date >= :from and m.meeting_date <= :to"
                + " and mi.updated_at >= :since"
                + " and (m.starts_at < :afterStart or (m.starts_at = :afterStart and m.id < :afterId))",
                all.where(false, sqlParams));
        assertEquals(hqlParams, sqlParams);
        assertEquals(" order by m.starts_at desc, m.id desc", MinutesQuery.ORDER_SQL);
    }

    @Test
    void anSwgsMinutesAreOfItsOwnMeetingsAndOfTheRtpLevelMeetingsItTakesPartIn() {
        assertEquals("(s.code = :swg or exists (select 1 from Meeting pm join pm.participants ps "
                + "where pm.id = m.id and ps.code = :swg))", MinutesQuery.swgCondition(true));
        assertEquals("(s.code = :swg or exists (select 1 from meeting_swg pm join swg ps on ps.id = pm.swg_id "
                + "where pm.meeting_id = m.id and ps.code = :swg))", MinutesQuery.swgCondition(false));
    }

    @Test
    void theDescriptionIsTheOneEtagsWereComputedWith() {
        assertEquals("mi.published = true and m.id = :meetingId {meetingId=7} limit 1", MinutesQuery.one(7).describe());
    }

    @Test
    void aPropertyWithoutAKnownColumnIsRefused() {
        assertThrows(IllegalStateException.class, () -> MinutesQuery.sql("m.heldAt is not null"));
    }
}

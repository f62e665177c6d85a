package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which statements advance the change counter: anything that may write, never a query. */
class ChangeInspectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into meeting (id, title) values (?, ?)",
        "update minutes set body=?, version=? where meeting_id=? and version=?",
        "delete from attendee where id=?",
        "  DELETE FROM attendee",
        "merge into swg using (values (1)) v on true when matched then update set name_en = 'x'",
        "truncate table audit",
        "with gone as (delete from attendee where id = ? returning id) select count(*) from gone",
        "WITH x AS (UPDATE meeting SET version = version + 1 RETURNING id) SELECT id FROM x",
        "call refresh_everything()",
        "alter table meeting add column x int",
    })
    void writes(String sql) {
        assertTrue(ChangeInspector.writes(sql), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select m.id from meeting m where m.title = 'update the plan'",
        "select * from swg where id = ? for update",
        "  SELECT 1",
        "\nselect nextval('meeting_seq')",
        "values (1)",
        "with candidates as (select m.id from meeting m) select count(*) from candidates",
        "with x as (select id, 'delete me' as note from meeting) select * from x",
    })
    void reads(String sql) {
        assertFalse(ChangeInspector.writes(sql), sql);
    }
}

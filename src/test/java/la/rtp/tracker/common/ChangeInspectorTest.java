package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which statements advance the change counter (anything that may write, never a query), and when:
 * after the write is visible, so that no reader keeps what it read before.
 */
class ChangeInspectorTest {

    private final FakeTransactions transactions = new FakeTransactions();
    private final Changes changes = new Changes();
    private final ChangeInspector inspector = new ChangeInspector();
    private final AtomicInteger loads = new AtomicInteger();
    private final CurrentCache<String, String> cache = new CurrentCache<>(changes, 10);

    {
        changes.transactions = transactions;
        inspector.changes = changes;
        inspector.transactions = transactions;
        changes.complete(true);
    }

    private String load() {
        return cache.get("k", () -> "v" + loads.incrementAndGet());
    }

    @Test
    void inATransactionTheCounterAdvancesWhenItEnds() {
        assertEquals("v1", load());
        transactions.begin();
        long before = changes.generation();
        inspector.inspect("update meeting set title = ? where id = ?");
        inspector.inspect("delete from attendee where id = ?");
        assertEquals(before, changes.generation(), "not before the commit");
        assertTrue(changes.written());
        assertEquals("v2", load(), "the writing transaction is not answered from the cache");
        assertEquals("v3", load(), "nor is what it reads kept");
        transactions.end(Status.STATUS_COMMITTED);
        assertEquals(before + 1, changes.generation(), "once per transaction, after it ended");
        assertFalse(changes.written());
        assertEquals("v4", load());
        assertEquals("v4", load());
    }

    @Test
    void aQueryInATransactionChangesNothing() {
        transactions.begin();
        long before = changes.generation();
        inspector.inspect("select * from meeting where id = ?");
        assertFalse(changes.written());
        transactions.end(Status.STATUS_COMMITTED);
        assertEquals(before, changes.generation());
    }

    @Test
    void outsideATransactionTheCounterAdvancesBeforeAndAfterTheWrite() {
        long before = changes.generation();
        inspector.inspect("update meeting set title = ? where id = ?");
        assertEquals(before + 1, changes.generation(), "before the statement is sent");
        assertTrue(changes.written(), "until the connection is given back");
        // Another reader: it read the generation after the first advance and loaded the old data
        // (auto-commit not yet done); it must not be able to keep it under that generation.
        long readerSaw = changes.generation();
        changes.connectionReturned();
        assertEquals(before + 2, changes.generation(), "and after, once the write is committed");
        assertTrue(changes.generation() != readerSaw, "what the reader loaded in between is not kept");
        assertFalse(changes.written());
        changes.connectionReturned();
        assertEquals(before + 2, changes.generation(), "a connection returned without a write changes nothing");
    }

    @Test
    void aReaderBetweenAnAutoCommitWriteAndItsEndKeepsNothing() {
        assertEquals("v1", load());
        // the reader's load runs while another statement is written outside a transaction
        assertEquals("v2", cache.get("other", () -> {
            inspector.inspect("insert into audit (id) values (?)");
            changes.connectionReturned();
            return "v" + loads.incrementAndGet();
        }));
        assertEquals("v3", cache.get("other", () -> "v" + loads.incrementAndGet()));
        assertEquals("v3", cache.get("other", () -> "never loaded"));
        assertEquals("v4", load(), "what was kept before the write is stale");
    }

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

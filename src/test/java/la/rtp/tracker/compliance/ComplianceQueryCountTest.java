package la.rtp.tracker.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import la.rtp.tracker.support.Api;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The report loads all SWGs' data in a fixed number of statements: evaluating 1,000 SWGs, each
 * with a workplan, meetings, attendees, action items and a recommendation of an RTP-level meeting
 * answered twice, costs what evaluating 10 costs.
 */
@QuarkusTest
class ComplianceQueryCountTest {

    static final int YEAR = 2033;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ComplianceService service;

    @Inject
    ComplianceLoader loader;

    @Test
    void statementCountDoesNotGrowWithTheNumberOfSwgs() throws SQLException {
        String prefix = Api.unique("cq").toLowerCase();
        long org = Api.organization("NGO");
        fill(prefix, 1000, org);
        try {
            countStatements(prefix);
        } finally {
            removeRtpMeeting(prefix);
        }
    }

    private void countStatements(String prefix) {
        List<ComplianceLoader.SwgRow> all = QuarkusTransaction.requiringNew().call(() -> rowsOf(prefix));
        assertEquals(1000, all.size());
        LocalDate asOf = LocalDate.of(YEAR, 12, 31);

        long ten = statements(all.subList(0, 10), asOf);
        long thousand = statements(all, asOf);
        assertEquals(ten, thousand, "statements for 10 SWGs vs 1,000 SWGs");
        assertTrue(ten <= 20, "a report should need a handful of statements, not " + ten);

        ComplianceReport report = QuarkusTransaction.requiringNew().call(() -> service.evaluate(all, YEAR, asOf));
        ComplianceReport.SwgEntry first = report.swgs().get(0);
        assertEquals(6, first.figures().attendees());
        assertEquals(Status.COMPLIANT, first.rules().get(4).status(), "two held meetings cover H1 and H2");
        assertEquals("RTP-11", first.rules().get(10).rule());
        assertEquals(Status.COMPLIANT, first.rules().get(10).status(), "the recommendation was answered in time");
    }

    private long statements(List<ComplianceLoader.SwgRow> swgs, LocalDate asOf) {
        var stats = sessionFactory.getStatistics();
        stats.clear();
        QuarkusTransaction.requiringNew().run(() -> service.evaluate(swgs, YEAR, asOf));
        return stats.getPrepareStatementCount();
    }

    private List<ComplianceLoader.SwgRow> rowsOf(String prefix) {
        return loader.swgsLike(prefix + "-%");
    }

    /** Inserts {@code n} half-yearly sub-groups of health with a year of data each, set-wise. */
    private void fill(String prefix, int n, long org) throws SQLException {
        OffsetDateTime h1 = OffsetDateTime.parse(YEAR + "-03-10T09:00:00+07:00");
        OffsetDateTime h2 = OffsetDateTime.parse(YEAR + "-09-10T09:00:00+07:00");
        String like = prefix + "-%";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into swg (code, name_en, name_lo, lead_ministry, "
                    + "mandate, parent_id, cadence) select ?, ?, ?, 'Ministry', 'Mandate', id, 'HALF_YEARLY' "
                    + "from swg where code = 'health'")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, prefix + "-" + i);
                    ps.setString(2, "Group " + i);
                    ps.setString(3, "ກຸ່ມ " + i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            for (OffsetDateTime start : List.of(h1, h2)) {
                update(c, "insert into meeting (swg_id, title, kind, status, starts_at, ends_at, meeting_date, venue) "
                        + "select id, 'Meeting', 'REGULAR', 'HELD', ?, ?, ?, 'Venue' from swg where code like ?",
                        start, start.plusHours(2), start.toLocalDate(), like);
            }
            for (String gender : List.of("FEMALE", "MALE", "UNDISCLOSED")) {
                update(c, "insert into attendee (meeting_id, full_name, gender, organization_id, organization_type, "
                        + "recorded_at) select m.id, 'Attendee', ?, ?, 'NGO', m.starts_at from meeting m "
                        + "join swg s on s.id = m.swg_id where s.code like ?", gender, org, like);
            }
            update(c, "insert into action_item (meeting_id, swg_id, description, owner_organization_id, due_date, "
                    + "status, status_on, opened_on) select m.id, m.swg_id, 'Follow up', ?, ?, 'OPEN', "
                    + "m.meeting_date, m.meeting_date from meeting m join swg s on s.id = m.swg_id where s.code like ?",
                    org, LocalDate.of(YEAR, 11, 30), like);
            update(c, "insert into workplan (swg_id, plan_year, status) select id, ?, 'DRAFT' from swg "
                    + "where code like ?", YEAR, like);
            update(c, "insert into workplan_activity (workplan_id, title) select w.id, 'Activity' from workplan w "
                    + "join swg s on s.id = w.swg_id where s.code like ?", like);
            update(c, "insert into budget_line (activity_id, source, planned_amount) select a.id, "
                    + "'GOVERNMENT', 1000 from workplan_activity a join workplan w on w.id = a.workplan_id "
                    + "join swg s on s.id = w.swg_id where s.code like ?", like);
            update(c, "insert into disbursement (budget_line_id, plan_quarter, amount, disbursed_on, recorded_at, "
                    + "recorded_by) select b.id, 1, 250, ?, current_timestamp, 'test' from budget_line b "
                    + "join workplan_activity a on a.id = b.activity_id join workplan w on w.id = a.workplan_id "
                    + "join swg s on s.id = w.swg_id where s.code like ?", LocalDate.of(YEAR, 2, 1), like);
            rtpMeeting(c, prefix, like);
            c.commit();
        }
    }

    /**
     * An RTIM (no organising SWG) recommending to every group, its minutes published, and two
     * answers per group: the loader's single statement for recommendations returns one row per
     * answer.
     */
    private static void rtpMeeting(Connection c, String prefix, String like) throws SQLException {
        OffsetDateTime held = OffsetDateTime.parse(YEAR + "-11-20T09:00:00+07:00");
        String title = prefix + " RTIM";
        update(c, "insert into meeting (swg_id, title, kind, status, starts_at, ends_at, meeting_date, venue) "
                + "values (null, ?, 'RTIM', 'HELD', ?, ?, ?, 'Vientiane')", title, held, held.plusHours(8),
                held.toLocalDate());
        update(c, "insert into meeting_swg (meeting_id, swg_id) select m.id, s.id from meeting m cross join swg s "
                + "where m.title = ? and s.code like ?", title, like);
        update(c, "insert into agenda_item (meeting_id, position, title) select id, 1, 'Review' from meeting "
                + "where title = ?", title);
        update(c, "insert into outcome (agenda_item_id, meeting_id, type, text_en, created_at, updated_at) "
                + "select ai.id, m.id, 'RECOMMENDATION', 'Recommendation', ?, ? from agenda_item ai "
                + "join meeting m on m.id = ai.meeting_id where m.title = ?", held, held, title);
        update(c, "insert into outcome_swg (outcome_id, swg_id) select o.id, s.id from outcome o "
                + "join meeting m on m.id = o.meeting_id cross join swg s where m.title = ? and s.code like ?",
                title, like);
        update(c, "insert into minutes (meeting_id, language, body, body_html, published, published_on, "
                + "published_at, created_at, updated_at) select id, 'en', 'Minutes', '<p>Minutes</p>', true, ?, ?, ?, ? "
                + "from meeting where title = ?", held.toLocalDate().plusDays(5), held, held, held, title);
        for (int day : List.of(1, 10)) {
            update(c, "insert into recommendation_response (outcome_id, swg_id, decision, responded_on, "
                    + "recorded_at, actor) select os.outcome_id, os.swg_id, 'ACCEPTED', ?, ?, 'test' "
                    + "from outcome_swg os join outcome o on o.id = os.outcome_id join meeting m on m.id = o.meeting_id "
                    + "where m.title = ?", LocalDate.of(YEAR, 12, day), held, title);
        }
    }

    /** RTP-level meetings must not linger for the other tests of the run. */
    private void removeRtpMeeting(String prefix) throws SQLException {
        String outcomes = "(select o.id from outcome o join meeting m on m.id = o.meeting_id where m.title = ?)";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (String sql : List.of("delete from recommendation_response where outcome_id in " + outcomes,
                    "delete from outcome_swg where outcome_id in " + outcomes,
                    "delete from outcome where meeting_id in (select id from meeting where title = ?)",
                    "delete from agenda_item where meeting_id in (select id from meeting where title = ?)",
                    "delete from minutes where meeting_id in (select id from meeting where title = ?)",
                    "delete from meeting_swg where meeting_id in (select id from meeting where title = ?)",
                    "delete from meeting where title = ?")) {
                update(c, sql, prefix + " RTIM");
            }
            c.commit();
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}

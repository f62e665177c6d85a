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
 * with a workplan, meetings, attendees and action items, costs what evaluating 10 costs.
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
            update(c, "insert into budget_line (activity_id, source, planned_usd, disbursed_usd) select a.id, "
                    + "'GOVERNMENT', 1000, 250 from workplan_activity a join workplan w on w.id = a.workplan_id "
                    + "join swg s on s.id = w.swg_id where s.code like ?", like);
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

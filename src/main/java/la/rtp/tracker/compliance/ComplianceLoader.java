package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.RtpConfig;
import la.rtp.tracker.workplan.WorkplanDeadlines;

/**
 * Loads the snapshots of many SWGs for one plan year in a fixed number of SQL statements (one
 * per kind of fact, whatever the number of SWGs, meetings, attendees or action items). Plain
 * SQL over the tables keeps the rules independent of the entity classes of other packages.
 */
@ApplicationScoped
public class ComplianceLoader {

    /** An SWG to evaluate, as loaded. */
    public record SwgRow(long id, String code, String name, String nameLo, Cadence cadence) {
    }

    @Inject
    EntityManager em;

    @Inject
    WorkplanDeadlines deadlines;

    @Inject
    RtpConfig config;

    private static final String SWG_COLUMNS = "select id, code, name_en, name_lo, cadence from swg ";

    /** The ten SWGs (no sub-sector groups), or the one with {@code code}. */
    public List<SwgRow> swgs(String code) {
        var q = em.createNativeQuery(SWG_COLUMNS + "where "
                + (code == null ? "parent_id is null" : "code = :code") + " order by id");
        if (code != null) {
            q.setParameter("code", code);
        }
        return swgRows(q.getResultList());
    }

    /** Every SWG, each followed by its sub-sector working groups (by id). */
    public List<SwgRow> swgsWithGroups() {
        return swgRows(em.createNativeQuery(SWG_COLUMNS
                + "order by coalesce(parent_id, id), parent_id nulls first, id").getResultList());
    }

    /** SWGs (or sub-sector groups) whose code matches a SQL LIKE pattern, by id. */
    public List<SwgRow> swgsLike(String pattern) {
        return swgRows(em.createNativeQuery(SWG_COLUMNS + "where code like :p order by id")
                .setParameter("p", pattern).getResultList());
    }

    private static List<SwgRow> swgRows(List<?> result) {
        return rows(result).stream().map(r -> new SwgRow(Sql.num(r[0]), (String) r[1], (String) r[2],
                (String) r[3], Cadence.valueOf((String) r[4]))).toList();
    }

    public Thresholds thresholds(int year) {
        RtpConfig.Compliance compliance = config.compliance();
        return new Thresholds(deadlines.effective(year), compliance.endorsementMonthDay().atYear(year),
                compliance.minutesPublicationDays(), compliance.recommendationResponseDays());
    }

    /** One snapshot per SWG, in the order given. */
    public List<SwgYearSnapshot> load(List<SwgRow> swgs, int year) {
        if (swgs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = swgs.stream().map(SwgRow::id).toList();
        Thresholds thresholds = thresholds(year);
        Map<Long, List<MembershipFact>> memberships = memberships(ids);
        Map<Long, WorkplanFact> workplans = workplans(ids, year);
        Map<Long, List<MeetingFact>> meetings = meetings(ids, year);
        Map<Long, List<ActionItemFact>> actions = actionItems(ids);
        Map<Long, List<RecommendationFact>> recommendations = RecommendationFacts.load(em, ids, year);
        List<SwgYearSnapshot> snapshots = new ArrayList<>();
        for (SwgRow s : swgs) {
            snapshots.add(new SwgYearSnapshot(s.code(), s.name(), s.cadence(), year, thresholds,
                    memberships.getOrDefault(s.id(), List.of()), workplans.get(s.id()),
                    meetings.getOrDefault(s.id(), List.of()), actions.getOrDefault(s.id(), List.of()),
                    recommendations.getOrDefault(s.id(), List.of())));
        }
        return snapshots;
    }

    private Map<Long, List<MembershipFact>> memberships(List<Long> ids) {
        Map<Long, List<MembershipFact>> bySwg = new HashMap<>();
        for (Object[] r : query("select m.swg_id, m.id, m.role, coalesce(o.type, po.type), m.start_date, m.end_date "
                + "from membership m left join organization o on o.id = m.organization_id "
                + "left join person p on p.id = m.person_id left join organization po on po.id = p.organization_id "
                + "where m.swg_id in (:ids)", ids, null)) {
            bySwg.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>()).add(new MembershipFact(Sql.num(r[1]),
                    Role.valueOf((String) r[2]), (String) r[3], Sql.date(r[4]), Sql.date(r[5])));
        }
        return bySwg;
    }

    /** The plan year's rate as {@code r}, for {@link #usd}; comes before the scope's {@code where}. */
    private static final String RATE = " left join exchange_rate r on r.plan_year = :year";


    private Map<Long, WorkplanFact> workplans(List<Long> ids, int year) {
        String scope = " join workplan w on w.id = %s where w.plan_year = :year and w.swg_id in (:ids)";
        Map<Long, Long> swgOf = new LinkedHashMap<>();
        for (Object[] r : query("select w.id, w.swg_id from workplan w where w.plan_year = :year "
                + "and w.swg_id in (:ids)", ids, year)) {
            swgOf.put(Sql.num(r[0]), Sql.num(r[1]));
        }
        Map<Long, List<StatusChange>> history = new HashMap<>();
        for (Object[] r : query("select c.workplan_id, c.to_status, c.on_date from workplan_status_change c"
                + scope.formatted("c.workplan_id") + " order by c.occurred_at, c.id", ids, year)) {
            history.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>())
                    .add(new StatusChange((String) r[1], Sql.date(r[2])));
        }
        Map<Long, List<ActivityFact>> activities = new HashMap<>();
        for (Object[] r : query("select a.workplan_id, a.id, a.title, (select count(*) from activity_outcome ao "
                + "where ao.activity_id = a.id) from workplan_activity a" + scope.formatted("a.workplan_id")
                + " order by a.id", ids, year)) {
            activities.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>())
                    .add(new ActivityFact(Sql.num(r[1]), (String) r[2], (int) Sql.num(r[3])));
        }
        Map<Long, List<BudgetFact.Disbursed>> disbursed = new HashMap<>();
        for (Object[] r : query("select d.budget_line_id, d.disbursed_on, d.withdrawn_on, " + Sql.usd("d.amount")
                + " from disbursement d join budget_line b on b.id = d.budget_line_id"
                + " join workplan_activity a on a.id = b.activity_id" + RATE + scope.formatted("a.workplan_id"),
                ids, year)) {
            disbursed.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>())
                    .add(new BudgetFact.Disbursed(Sql.date(r[1]), Sql.date(r[2]), Sql.decimal(r[3])));
        }
        Map<Long, List<BudgetFact>> budget = new HashMap<>();
        for (Object[] r : query("select a.workplan_id, b.id, b.source, " + Sql.usd("b.planned_amount")
                + " from budget_line b join workplan_activity a on a.id = b.activity_id" + RATE
                + scope.formatted("a.workplan_id") + " order by b.id", ids, year)) {
            budget.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>()).add(new BudgetFact((String) r[2],
                    Sql.decimal(r[3]), disbursed.getOrDefault(Sql.num(r[1]), List.of())));
        }
        Map<Long, WorkplanFact> bySwg = new HashMap<>();
        swgOf.forEach((id, swg) -> bySwg.put(swg, new WorkplanFact(id, history.getOrDefault(id, List.of()),
                activities.getOrDefault(id, List.of()), budget.getOrDefault(id, List.of()))));
        return bySwg;
    }

    private Map<Long, List<MeetingFact>> meetings(List<Long> ids, int year) {
        String scope = " join meeting m on m.id = %s where m.swg_id in (:ids) and m.meeting_date >= :from "
                + "and m.meeting_date <= :to";
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<Long, List<AttendeeFact>> attendees = new HashMap<>();
        for (Object[] r : query("select a.meeting_id, a.gender, a.organization_type from attendee a"
                + scope.formatted("a.meeting_id"), ids, from, to)) {
            attendees.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>())
                    .add(new AttendeeFact((String) r[1], (String) r[2]));
        }
        Map<Long, List<AgendaFact>> agenda = new HashMap<>();
        for (Object[] r : query("select ai.meeting_id, (select count(*) from agenda_item_outcome x "
                + "where x.agenda_item_id = ai.id) from agenda_item ai" + scope.formatted("ai.meeting_id")
                + " order by ai.position", ids, from, to)) {
            agenda.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>()).add(new AgendaFact((int) Sql.num(r[1])));
        }
        Map<Long, List<MeetingFact>> bySwg = new HashMap<>();
        for (Object[] r : query("select m.id, m.swg_id, m.kind, m.status, m.meeting_date, "
                + "case when mi.published then mi.published_on end from meeting m "
                + "left join minutes mi on mi.meeting_id = m.id where m.swg_id in (:ids) "
                + "and m.meeting_date >= :from and m.meeting_date <= :to order by m.meeting_date, m.id",
                ids, from, to)) {
            long id = Sql.num(r[0]);
            bySwg.computeIfAbsent(Sql.num(r[1]), k -> new ArrayList<>()).add(new MeetingFact(id, (String) r[2],
                    (String) r[3], Sql.date(r[4]), Sql.date(r[5]), attendees.getOrDefault(id, List.of()),
                    agenda.getOrDefault(id, List.of())));
        }
        return bySwg;
    }

    private Map<Long, List<ActionItemFact>> actionItems(List<Long> ids) {
        Map<Long, List<StatusChange>> history = new HashMap<>();
        for (Object[] r : query("select c.action_item_id, c.status, c.changed_on from action_item_change c "
                + "join action_item ai on ai.id = c.action_item_id where ai.swg_id in (:ids) "
                + "order by c.changed_on, c.id", ids, null)) {
            history.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>())
                    .add(new StatusChange((String) r[1], Sql.date(r[2])));
        }
        Map<Long, List<ActionItemFact>> bySwg = new HashMap<>();
        for (Object[] r : query("select ai.id, ai.swg_id, ai.meeting_id, ai.due_date, ai.opened_on "
                + "from action_item ai where ai.swg_id in (:ids) order by ai.id", ids, null)) {
            long id = Sql.num(r[0]);
            List<StatusChange> changes = history.getOrDefault(id, new ArrayList<>());
            if (changes.isEmpty() || !changes.get(0).status().equals("OPEN")) {
                changes.add(0, new StatusChange("OPEN", Sql.date(r[4])));
            }
            bySwg.computeIfAbsent(Sql.num(r[1]), k -> new ArrayList<>())
                    .add(new ActionItemFact(id, Sql.num(r[2]), Sql.date(r[3]), changes));
        }
        return bySwg;
    }

    private List<Object[]> query(String sql, List<Long> ids, Object year) {
        var q = em.createNativeQuery(sql).setParameter("ids", ids);
        if (year != null) {
            q.setParameter("year", year);
        }
        return rows(q.getResultList());
    }

    private List<Object[]> query(String sql, List<Long> ids, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery(sql).setParameter("ids", ids).setParameter("from", from)
                .setParameter("to", to).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

}

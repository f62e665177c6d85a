package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.compliance.ProgressReport.ActionSummary;
import la.rtp.tracker.compliance.ProgressReport.ActivitySummary;
import la.rtp.tracker.compliance.ProgressReport.Leader;
import la.rtp.tracker.compliance.ProgressReport.MeetingSummary;
import la.rtp.tracker.compliance.ProgressReport.SwgProgress;
import la.rtp.tracker.compliance.ProgressReport.WorkplanSummary;

/**
 * The consolidated SWG progress report for the Round Table Implementation Meeting, in a fixed
 * number of statements: the compliance report's plus one per section.
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    EntityManager em;

    @Inject
    ComplianceService compliance;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgressReport report(int year, LocalDate asOf) {
        ComplianceReport report = compliance.report(year, asOf);
        Map<String, ComplianceReport.SwgEntry> entries = new HashMap<>();
        report.swgs().forEach(e -> entries.put(e.code(), e));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Object[]> rates = rows("select r.plan_year, r.lak_per_usd from exchange_rate r where r.plan_year = :year",
                "year", year);
        BigDecimal rate = rates.isEmpty() ? null : Sql.decimal(rates.get(0)[1]);

        Map<Long, List<Leader>> chairs = new HashMap<>();
        Map<Long, List<Leader>> coChairs = new HashMap<>();
        for (Object[] r : rows("select m.swg_id, m.role, coalesce(o.name, po.name), p.full_name, m.start_date "
                + "from membership m left join organization o on o.id = m.organization_id "
                + "left join person p on p.id = m.person_id left join organization po on po.id = p.organization_id "
                + "where m.role in ('CHAIR', 'CO_CHAIR') and m.start_date <= :asOf "
                + "and (m.end_date is null or m.end_date >= :asOf) order by m.start_date, m.id", "asOf", asOf)) {
            (r[1].equals("CHAIR") ? chairs : coChairs).computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>())
                    .add(new Leader((String) r[2], (String) r[3], Sql.date(r[4])));
        }
        Map<Long, List<Integer>> outcomes = new HashMap<>();
        for (Object[] r : rows("select ao.activity_id, o.number from activity_outcome ao "
                + "join nsedp_outcome o on o.id = ao.outcome_id join workplan_activity a on a.id = ao.activity_id "
                + "join workplan w on w.id = a.workplan_id where w.plan_year = :year order by o.number",
                "year", year)) {
            outcomes.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>()).add((int) Sql.num(r[1]));
        }
        // the last report of each activity's last quarter reported by the report date
        Map<Long, Object[]> latest = new HashMap<>();
        for (Object[] r : rows("select p.activity_id, p.plan_quarter, p.status, p.narrative_en, p.narrative_lo "
                + "from activity_progress p join workplan_activity a on a.id = p.activity_id "
                + "join workplan w on w.id = a.workplan_id where w.plan_year = :year and p.reported_on <= :asOf "
                + "order by p.reported_on, p.id", year, asOf)) {
            Object[] before = latest.get(Sql.num(r[0]));
            if (before == null || Sql.num(r[1]) >= Sql.num(before[1])) {
                latest.put(Sql.num(r[0]), r);
            }
        }
        String disbursedBy = " from disbursement d join budget_line b on b.id = d.budget_line_id "
                + "where b.activity_id = a.id and d.disbursed_on <= :asOf "
                + "and (d.withdrawn_on is null or d.withdrawn_on > :asOf))";
        Map<Long, List<ActivitySummary>> activities = new HashMap<>();
        for (Object[] r : rows("select a.workplan_id, a.id, a.title, a.q1, a.q2, a.q3, a.q4, o.name, "
                + "(select coalesce(sum(" + Sql.usd("b.planned_amount") + "), 0) from budget_line b "
                + "where b.activity_id = a.id), "
                + "(select coalesce(sum(" + Sql.usd("d.amount") + "), 0)" + disbursedBy + ", "
                + "(select sum(" + Sql.lak("b.planned_amount") + ") from budget_line b where b.activity_id = a.id), "
                + "(select sum(" + Sql.lak("d.amount") + ")" + disbursedBy + " "
                + "from workplan_activity a join workplan w on w.id = a.workplan_id "
                + "left join exchange_rate r on r.plan_year = w.plan_year "
                + "left join organization o on o.id = a.responsible_organization_id where w.plan_year = :year "
                + "order by a.id", year, asOf)) {
            List<Integer> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                if (Boolean.TRUE.equals(r[2 + q])) {
                    quarters.add(q);
                }
            }
            Object[] status = latest.get(Sql.num(r[1]));
            activities.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>()).add(new ActivitySummary((String) r[2],
                    outcomes.getOrDefault(Sql.num(r[1]), List.of()), quarters, (String) r[7], Sql.decimal(r[8]),
                    Sql.decimal(r[9]), kip(r[10], rate), kip(r[11], rate),
                    status == null ? null : (String) status[2], status == null ? null : (int) Sql.num(status[1]),
                    status == null ? null : (String) status[3], status == null ? null : (String) status[4]));
        }
        Map<Long, WorkplanSummary> workplans = new HashMap<>();
        for (Object[] r : rows("select w.swg_id, w.id, w.status, w.submitted_on, w.endorsed_on from workplan w "
                + "where w.plan_year = :year", "year", year)) {
            long id = Sql.num(r[1]);
            workplans.put(Sql.num(r[0]), new WorkplanSummary(id, (String) r[2], Sql.date(r[3]), Sql.date(r[4]),
                    activities.getOrDefault(id, List.of())));
        }
        Map<Long, List<MeetingSummary>> meetings = new HashMap<>();
        for (Object[] r : rows2("select m.swg_id, m.id, m.meeting_date, m.title, m.kind, m.status, "
                + "(select count(*) from attendee a where a.meeting_id = m.id), "
                + "(select count(*) from attendee a where a.meeting_id = m.id and a.gender = 'FEMALE'), "
                + "(select count(*) from minutes mi where mi.meeting_id = m.id and mi.published = true) "
                + "from meeting m where m.swg_id is not null and m.meeting_date >= :from and m.meeting_date <= :to "
                + "order by m.meeting_date, m.id", from, to)) {
            meetings.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>()).add(new MeetingSummary(Sql.num(r[1]),
                    Sql.date(r[2]), (String) r[3], (String) r[4], (String) r[5], (int) Sql.num(r[6]), (int) Sql.num(r[7]),
                    Sql.num(r[8]) > 0));
        }
        Map<Long, List<ActionSummary>> actions = new HashMap<>();
        for (Object[] r : rows("select ai.swg_id, ai.id, ai.description, coalesce(p.full_name, o.name), "
                + "ai.due_date, ai.status from action_item ai left join person p on p.id = ai.owner_person_id "
                + "left join organization o on o.id = ai.owner_organization_id "
                + "where ai.status in ('OPEN', 'IN_PROGRESS') and ai.due_date >= :since order by ai.due_date, ai.id",
                "since", from.minusYears(1))) {
            LocalDate due = Sql.date(r[4]);
            actions.computeIfAbsent(Sql.num(r[0]), k -> new ArrayList<>()).add(new ActionSummary(Sql.num(r[1]),
                    (String) r[2], (String) r[3], due, (String) r[5], due.isBefore(asOf)));
        }
        List<SwgProgress> swgs = new ArrayList<>();
        for (Object[] r : rows("select id, code, name_en, name_lo, lead_ministry, mandate from swg "
                + "where parent_id is null order by id", null, null)) {
            long id = Sql.num(r[0]);
            swgs.add(new SwgProgress((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    chairs.getOrDefault(id, List.of()), coChairs.getOrDefault(id, List.of()), workplans.get(id),
                    meetings.getOrDefault(id, List.of()), actions.getOrDefault(id, List.of()),
                    entries.get((String) r[1])));
        }
        return new ProgressReport(year, asOf, swgs, rate);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String param, Object value) {
        var q = em.createNativeQuery(sql);
        if (param != null) {
            q.setParameter(param, value);
        }
        return q.getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, int year, LocalDate asOf) {
        return em.createNativeQuery(sql).setParameter("year", year).setParameter("asOf", asOf).getResultList();
    }


    /** Kip as summed in SQL, or null when the year has no rate (the amounts could not be converted). */
    private static BigDecimal kip(Object value, BigDecimal rate) {
        return rate == null ? null : Sql.decimal(value);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows2(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to).getResultList();
    }
}

package la.rtp.tracker.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.progress.SwgProgressReport.Action;
import la.rtp.tracker.progress.SwgProgressReport.Activity;
import la.rtp.tracker.progress.SwgProgressReport.Amounts;
import la.rtp.tracker.progress.SwgProgressReport.Funding;
import la.rtp.tracker.progress.SwgProgressReport.Leader;
import la.rtp.tracker.progress.SwgProgressReport.Meeting;
import la.rtp.tracker.progress.SwgProgressReport.QuarterStatus;
import la.rtp.tracker.progress.SwgProgressReport.Rate;
import la.rtp.tracker.workplan.Currency;
import la.rtp.tracker.workplan.Money;

/**
 * Builds an SWG's quarterly progress report in eight statements whatever the number of
 * activities, progress reports and disbursements: the SWG, the rate, the leaders, the activities,
 * the progress reports, the budget lines with their sums, the meetings and the actions.
 */
@ApplicationScoped
public class SwgProgressService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Year and quarter default to today's; asOf to the quarter's last day, or today if earlier. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SwgProgressReport report(String code, Integer year, Integer quarter, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock.withZone(Time.ZONE));
        int y = year != null ? year : today.getYear();
        int q = quarter != null ? quarter : (today.getMonthValue() + 2) / 3;
        if (y < 2000 || y > 2200) {
            throw new Problems.BadRequest("year", "year must be between 2000 and 2200");
        }
        if (q < 1 || q > 4) {
            throw new Problems.BadRequest("quarter", "quarter must be between 1 and 4");
        }
        LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        LocalDate day = asOf != null ? asOf : end.isAfter(today) ? today : end;

        List<Object[]> swg = rows("select id, code, name_en, name_lo from swg where code = :code", Map.of("code", code));
        if (swg.isEmpty()) {
            throw new Problems.NotFound("SWG", code);
        }
        long swgId = num(swg.get(0)[0]);
        Map<String, Object> scope = Map.of("swg", swgId, "year", y);

        List<Object[]> rate = rows("select lak_per_usd from exchange_rate where plan_year = :year", Map.of("year", y));
        BigDecimal lakPerUsd = rate.isEmpty() ? null : decimal(rate.get(0)[0]);

        List<Leader> leaders = new ArrayList<>();
        for (Object[] r : rows("select m.role, coalesce(o.name, po.name), p.full_name, m.start_date from membership m "
                + "left join organization o on o.id = m.organization_id left join person p on p.id = m.person_id "
                + "left join organization po on po.id = p.organization_id where m.swg_id = :swg "
                + "and m.role in ('CHAIR', 'CO_CHAIR') and m.start_date <= :asOf "
                + "and (m.end_date is null or m.end_date >= :asOf) order by m.role, m.start_date, m.id",
                Map.of("swg", swgId, "asOf", day))) {
            leaders.add(new Leader((String) r[0], (String) r[1], (String) r[2], date(r[3])));
        }

        Long workplanId = null;
        String workplanStatus = null;
        Map<Long, Object[]> activityRows = new LinkedHashMap<>();
        for (Object[] r : rows("select w.id, w.status, a.id, a.title, a.q1, a.q2, a.q3, a.q4 from workplan w "
                + "left join workplan_activity a on a.workplan_id = w.id where w.swg_id = :swg and w.plan_year = :year "
                + "order by a.id", scope)) {
            workplanId = num(r[0]);
            workplanStatus = (String) r[1];
            if (r[2] != null) {
                activityRows.put(num(r[2]), r);
            }
        }

        // the last report of each quarter dated on or before the report date
        Map<Long, TreeMap<Integer, Object[]>> progress = new HashMap<>();
        for (Object[] r : rows("select p.activity_id, p.plan_quarter, p.status, p.narrative_en, p.narrative_lo, "
                + "p.reported_on from activity_progress p join workplan_activity a on a.id = p.activity_id "
                + "join workplan w on w.id = a.workplan_id where w.swg_id = :swg and w.plan_year = :year "
                + "and p.reported_on <= :asOf order by p.reported_on, p.id", with(scope, day))) {
            progress.computeIfAbsent(num(r[0]), k -> new TreeMap<>()).put((int) num(r[1]), r);
        }

        String counts = "d.budget_line_id = b.id and d.disbursed_on <= :asOf "
                + "and (d.withdrawn_on is null or d.withdrawn_on > :asOf)";
        Map<Long, Amounts> byActivity = new HashMap<>();
        Map<String, Amounts> bySource = new TreeMap<>();
        Map<String, Amounts> byFunder = new TreeMap<>();
        Amounts total = zero();
        Map<String, Object> lineParams = with(scope, day);
        lineParams.put("quarter", q);
        for (Object[] r : rows("select b.activity_id, b.source, o.name, b.currency, b.planned_amount, "
                + "(select coalesce(sum(d.amount), 0) from disbursement d where " + counts
                + " and d.plan_quarter = :quarter), (select coalesce(sum(d.amount), 0) from disbursement d where "
                + counts + ") from budget_line b join workplan_activity a on a.id = b.activity_id "
                + "join workplan w on w.id = a.workplan_id left join organization o on o.id = b.funding_organization_id "
                + "where w.swg_id = :swg and w.plan_year = :year order by b.id", lineParams)) {
            Currency currency = Currency.valueOf((String) r[3]);
            Amounts line = new Amounts(Money.usd(decimal(r[4]), currency, lakPerUsd),
                    Money.lak(decimal(r[4]), currency, lakPerUsd), Money.usd(decimal(r[5]), currency, lakPerUsd),
                    Money.lak(decimal(r[5]), currency, lakPerUsd), Money.usd(decimal(r[6]), currency, lakPerUsd),
                    Money.lak(decimal(r[6]), currency, lakPerUsd));
            byActivity.merge(num(r[0]), line, SwgProgressService::plus);
            bySource.merge((String) r[1], line, SwgProgressService::plus);
            if (r[2] != null) {
                byFunder.merge((String) r[2], line, SwgProgressService::plus);
            }
            total = plus(total, line);
        }

        List<Activity> activities = new ArrayList<>();
        activityRows.forEach((id, r) -> {
            List<Integer> quarters = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                if (Boolean.TRUE.equals(r[3 + i])) {
                    quarters.add(i);
                }
            }
            TreeMap<Integer, Object[]> reports = progress.getOrDefault(id, new TreeMap<>());
            Object[] now = reports.get(q);
            List<QuarterStatus> earlier = reports.headMap(q).values().stream()
                    .map(p -> new QuarterStatus((int) num(p[1]), (String) p[2], date(p[5]))).toList();
            activities.add(new Activity(id, (String) r[3], quarters, now == null ? null : (String) now[2],
                    now == null ? null : date(now[5]), now == null ? null : (String) now[3],
                    now == null ? null : (String) now[4], earlier, byActivity.getOrDefault(id, zero())));
        });

        List<Meeting> meetings = new ArrayList<>();
        for (Object[] r : rows("select m.id, m.meeting_date, m.title, m.kind, m.status from meeting m "
                + "where m.swg_id = :swg and m.meeting_date >= :from and m.meeting_date <= :to "
                + "order by m.meeting_date, m.id", Map.of("swg", swgId, "from", start, "to", end))) {
            meetings.add(new Meeting(num(r[0]), date(r[1]), (String) r[2], (String) r[3], (String) r[4]));
        }

        List<Action> actions = new ArrayList<>();
        for (Object[] r : rows("select ai.id, ai.description, coalesce(p.full_name, o.name), ai.due_date, ai.status "
                + "from action_item ai left join person p on p.id = ai.owner_person_id "
                + "left join organization o on o.id = ai.owner_organization_id where ai.swg_id = :swg "
                + "and ai.status in ('OPEN', 'IN_PROGRESS') order by ai.due_date, ai.id", Map.of("swg", swgId))) {
            LocalDate due = date(r[3]);
            actions.add(new Action(num(r[0]), (String) r[1], (String) r[2], due, (String) r[4],
                    due != null && due.isBefore(day)));
        }

        return new SwgProgressReport((String) swg.get(0)[1], (String) swg.get(0)[2], (String) swg.get(0)[3], y, q,
                start, end, day, leaders, rate(y, lakPerUsd), workplanId, workplanStatus, activities, total,
                funding(bySource), funding(byFunder), meetings, actions);
    }

    /** "1 USD = 21,500 LAK, set by the RTP secretariat"; null while the year has no rate. */
    static Rate rate(int year, BigDecimal lakPerUsd) {
        if (lakPerUsd == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return new Rate(year, lakPerUsd.stripTrailingZeros(), "RTP secretariat",
                "1 USD = " + format.format(lakPerUsd) + " LAK, set by the RTP secretariat");
    }

    private static List<Funding> funding(Map<String, Amounts> by) {
        return by.entrySet().stream().map(e -> new Funding(e.getKey(), e.getValue())).toList();
    }

    private static Amounts zero() {
        BigDecimal z = Money.cents(BigDecimal.ZERO);
        return new Amounts(z, z, z, z, z, z);
    }

    static Amounts plus(Amounts a, Amounts b) {
        return new Amounts(add(a.plannedUsd(), b.plannedUsd()), add(a.plannedLak(), b.plannedLak()),
                add(a.quarterUsd(), b.quarterUsd()), add(a.quarterLak(), b.quarterLak()),
                add(a.cumulativeUsd(), b.cumulativeUsd()), add(a.cumulativeLak(), b.cumulativeLak()));
    }

    /** Null when either is unknown: a total in the other currency needs the rate. */
    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static Map<String, Object> with(Map<String, Object> scope, LocalDate asOf) {
        Map<String, Object> out = new HashMap<>(scope);
        out.put("asOf", asOf);
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<?> list = query.getResultList();
        return list.stream().map(o -> o instanceof Object[] a ? a : new Object[] {o}).toList();
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}

package la.rtp.tracker.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.workplan.WorkplanView.BudgetView;
import la.rtp.tracker.workplan.WorkplanView.QuarterProgress;

/**
 * Builds workplan views in a fixed number of statements whatever the number of workplans:
 * activities (with outcomes and organisation), budget lines (with funder), disbursements,
 * progress reports, exchange rates, history and deadlines, each read once with {@code in (:ids)}.
 */
@ApplicationScoped
class WorkplanViews {

    @Inject
    WorkplanDeadlines deadlines;

    @Inject
    Audit audit;

    /** Workplans whose {@code swg} is already fetched. */
    List<WorkplanView> of(List<Workplan> workplans) {
        if (workplans.isEmpty()) {
            return List.of();
        }
        List<Long> ids = workplans.stream().map(w -> w.id).toList();
        List<Activity> allActivities = Activity.ofWorkplans(ids);
        Map<Long, List<Activity>> activities = allActivities.stream().collect(Collectors.groupingBy(a -> a.workplan.id));
        Reads money = reads(BudgetLine.ofWorkplans(ids), allActivities.stream().map(a -> a.id).toList(),
                workplans.stream().map(w -> w.year).toList());
        Map<Long, List<StatusChange>> history = StatusChange.ofWorkplans(ids).stream()
                .collect(Collectors.groupingBy(c -> c.workplan.id));
        Map<Integer, LocalDate> deadlineByYear = deadlines.effective(workplans.stream().map(w -> w.year).toList());
        return workplans.stream().map(w -> {
            List<WorkplanView.ActivityView> own = activities.getOrDefault(w.id, List.of()).stream()
                    .map(money::activity).toList();
            List<BudgetView> ownLines = own.stream().flatMap(a -> a.budget().stream()).toList();
            List<StatusChange> changes = history.getOrDefault(w.id, List.of());
            LocalDate lastSubmitted = changes.stream().filter(c -> c.toStatus == WorkplanStatus.SUBMITTED)
                    .map(c -> c.onDate).reduce((first, second) -> second).orElse(null);
            return new WorkplanView(w.id, w.swg.code, w.swg.nameEn, w.year, w.status, w.version, w.submittedOn,
                    lastSubmitted, w.endorsedOn, w.returnedReason, deadlineByYear.get(w.year), own,
                    WorkplanView.Totals.of(ownLines), changes.stream().map(WorkplanView.HistoryView::from).toList(),
                    w.createdAt, w.updatedAt, null, money.rates.get(w.year));
        }).toList();
    }

    WorkplanView of(Workplan workplan) {
        return of(List.of(workplan)).get(0);
    }

    WorkplanView.ActivityView of(Activity activity) {
        return reads(BudgetLine.ofActivities(List.of(activity.id)), List.of(activity.id),
                List.of(activity.workplan.year)).activity(activity);
    }

    private Reads reads(List<BudgetLine> lines, List<Long> activityIds, Collection<Integer> years) {
        LocalDate today = audit.today();
        Map<Long, List<Disbursement>> disbursed = Disbursement.ofLines(lines.stream().map(l -> l.id).toList())
                .stream().collect(Collectors.groupingBy(d -> d.line.id));
        Map<Integer, BigDecimal> rates = ExchangeRate.forYears(years.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(r -> r.year, r -> r.lakPerUsd.setScale(4, java.math.RoundingMode.HALF_UP)));
        Map<Long, List<BudgetLine>> linesByActivity = lines.stream().collect(Collectors.groupingBy(b -> b.activity.id));
        Map<Long, List<QuarterProgress>> progress = ProgressHistory.latest(ActivityProgress.ofActivities(activityIds),
                today);
        return new Reads(today, disbursed, rates, linesByActivity, progress);
    }

    /** What one set of reads gives the activity views. */
    private record Reads(LocalDate today, Map<Long, List<Disbursement>> disbursed, Map<Integer, BigDecimal> rates,
            Map<Long, List<BudgetLine>> linesByActivity, Map<Long, List<QuarterProgress>> progress) {

        WorkplanView.ActivityView activity(Activity a) {
            BigDecimal rate = rates.get(a.workplan.year);
            List<BudgetView> lines = linesByActivity.getOrDefault(a.id, List.of()).stream()
                    .map(b -> BudgetView.from(b, Money.disbursedOn(
                            disbursed.getOrDefault(b.id, List.of()), today), rate))
                    .toList();
            return WorkplanView.ActivityView.from(a, lines, progress.getOrDefault(a.id, List.of()));
        }
    }
}

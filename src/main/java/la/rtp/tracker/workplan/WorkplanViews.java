package la.rtp.tracker.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds workplan views in a fixed number of statements whatever the number of workplans:
 * activities (with outcomes and organisation), budget lines, history and deadlines, each read
 * once with {@code in (:ids)}.
 */
@ApplicationScoped
class WorkplanViews {

    @Inject
    WorkplanDeadlines deadlines;

    /** Workplans whose {@code swg} is already fetched. */
    List<WorkplanView> of(List<Workplan> workplans) {
        if (workplans.isEmpty()) {
            return List.of();
        }
        List<Long> ids = workplans.stream().map(w -> w.id).toList();
        Map<Long, List<Activity>> activities = Activity.ofWorkplans(ids).stream()
                .collect(Collectors.groupingBy(a -> a.workplan.id));
        List<BudgetLine> allLines = BudgetLine.ofWorkplans(ids);
        Map<Long, List<BudgetLine>> linesByActivity = allLines.stream()
                .collect(Collectors.groupingBy(b -> b.activity.id));
        Map<Long, List<StatusChange>> history = StatusChange.ofWorkplans(ids).stream()
                .collect(Collectors.groupingBy(c -> c.workplan.id));
        Map<Integer, LocalDate> deadlineByYear = deadlines.effective(workplans.stream().map(w -> w.year).toList());
        return workplans.stream().map(w -> {
            List<Activity> own = activities.getOrDefault(w.id, List.of());
            List<BudgetLine> ownLines = own.stream()
                    .flatMap(a -> linesByActivity.getOrDefault(a.id, List.of()).stream()).toList();
            List<StatusChange> changes = history.getOrDefault(w.id, List.of());
            LocalDate lastSubmitted = changes.stream().filter(c -> c.toStatus == WorkplanStatus.SUBMITTED)
                    .map(c -> c.onDate).reduce((first, second) -> second).orElse(null);
            return new WorkplanView(w.id, w.swg.code, w.swg.nameEn, w.year, w.status, w.version, w.submittedOn,
                    lastSubmitted, w.endorsedOn, w.returnedReason, deadlineByYear.get(w.year),
                    own.stream().map(a -> WorkplanView.ActivityView.from(a,
                            linesByActivity.getOrDefault(a.id, List.of()))).toList(),
                    WorkplanView.Totals.of(ownLines), changes.stream().map(WorkplanView.HistoryView::from).toList(),
                    w.createdAt, w.updatedAt, null);
        }).toList();
    }

    WorkplanView of(Workplan workplan) {
        return of(List.of(workplan)).get(0);
    }

    WorkplanView.ActivityView of(Activity activity) {
        return WorkplanView.ActivityView.from(activity, BudgetLine.ofActivities(List.of(activity.id)));
    }
}

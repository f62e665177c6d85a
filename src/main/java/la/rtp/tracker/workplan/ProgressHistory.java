package la.rtp.tracker.workplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import la.rtp.tracker.workplan.WorkplanView.QuarterProgress;

/** The status of each quarter of an activity on a date: the last report dated on or before it. */
final class ProgressHistory {

    private ProgressHistory() {
    }

    /** By activity id, the quarters reported on or before {@code day}, in quarter order. */
    static Map<Long, List<QuarterProgress>> latest(List<ActivityProgress> reports, LocalDate day) {
        Map<Long, TreeMap<Integer, ActivityProgress>> last = new HashMap<>();
        reports.stream().filter(p -> !p.reportedOn.isAfter(day))
                .sorted(Comparator.comparing((ActivityProgress p) -> p.reportedOn).thenComparing(p -> p.id))
                .forEach(p -> last.computeIfAbsent(p.activity.id, k -> new TreeMap<>()).put(p.quarter, p));
        Map<Long, List<QuarterProgress>> out = new HashMap<>();
        last.forEach((activity, byQuarter) -> {
            List<QuarterProgress> list = new ArrayList<>();
            byQuarter.values().forEach(p -> list.add(QuarterProgress.from(p)));
            out.put(activity, list);
        });
        return out;
    }
}

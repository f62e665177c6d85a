package la.rtp.tracker.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Computes the {@link Figures} of a snapshot as of D, with the same "as of" semantics as the
 * rules: meetings held in Y up to D, action items by their status on D, money disbursed by D.
 * Planned amounts are the workplan's current ones (the plan carries no history).
 */
public final class FiguresCalculator {

    private static final int SHARE_SCALE = 3;

    private FiguresCalculator() {
    }

    public static Figures compute(SwgYearSnapshot snapshot, LocalDate asOf) {
        List<MeetingFact> held = snapshot.heldMeetings(asOf);
        List<AttendeeFact> attendees = held.stream().flatMap(m -> m.attendees().stream()).toList();
        int women = (int) attendees.stream().filter(AttendeeFact::female).count();
        SortedMap<String, BudgetLine> budget = budgetBySource(snapshot.workplan(), asOf);
        BudgetLine total = budget.values().stream().reduce(BudgetLine.ZERO, BudgetLine::plus);
        return new Figures(perQuarter(snapshot.year(), held), attendees.size(), women,
                share(BigDecimal.valueOf(women), BigDecimal.valueOf(attendees.size())),
                byOrganizationType(attendees),
                count(snapshot.actionItems(), item -> item.openOn(asOf)),
                count(snapshot.actionItems(), item -> item.overdueOn(asOf)),
                budget, total, share(total.disbursedUsd(), total.plannedUsd()));
    }

    private static Map<String, Integer> perQuarter(int year, List<MeetingFact> held) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Period quarter : Cadence.QUARTERLY.periods(year)) {
            counts.put(quarter.code(),
                    (int) held.stream().filter(m -> quarter.contains(m.date())).count());
        }
        return counts;
    }

    private static SortedMap<String, Integer> byOrganizationType(List<AttendeeFact> attendees) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (AttendeeFact attendee : attendees) {
            String type = attendee.organizationType() == null ? Figures.UNSPECIFIED
                    : attendee.organizationType();
            counts.merge(type, 1, Integer::sum);
        }
        return counts;
    }

    private static SortedMap<String, BudgetLine> budgetBySource(WorkplanFact workplan, LocalDate asOf) {
        SortedMap<String, BudgetLine> bySource = new TreeMap<>();
        if (workplan == null) {
            return bySource;
        }
        for (BudgetFact line : workplan.budget()) {
            bySource.merge(line.source(), new BudgetLine(line.plannedUsd(), line.disbursedOn(asOf)),
                    BudgetLine::plus);
        }
        return bySource;
    }

    private static int count(List<ActionItemFact> items,
            Predicate<ActionItemFact> test) {
        return (int) items.stream().filter(test).count();
    }

    /** part / whole at scale 3, or null when whole is zero (no share to speak of). */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, SHARE_SCALE, RoundingMode.HALF_UP);
    }
}

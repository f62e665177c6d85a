package la.rtp.tracker.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.NsedpPlan;

/** Resolves outcome numbers against the NSEDP plan in force in a year (422 naming nsedpOutcomes). */
@ApplicationScoped
public class NsedpLinks {

    public Set<NsedpOutcome> outcomes(int year, List<Integer> numbers) {
        Set<NsedpOutcome> result = new LinkedHashSet<>();
        if (numbers == null || numbers.isEmpty()) {
            return result;
        }
        NsedpPlan plan = NsedpPlan.forYear(year).orElseThrow(() -> new Problems.Invalid("nsedpOutcomes",
                "No NSEDP plan covers " + year + "; enter the plan before linking outcomes"));
        Map<Integer, NsedpOutcome> byNumber = plan.outcomes.stream()
                .collect(Collectors.toMap(o -> o.number, Function.identity()));
        Set<Integer> unknown = new TreeSet<>(numbers);
        unknown.removeAll(byNumber.keySet());
        if (!unknown.isEmpty()) {
            throw new Problems.Invalid("nsedpOutcomes", "The " + plan.title + " (" + plan.startYear + "-"
                    + plan.endYear + ") has no outcome " + unknown + "; its outcomes are "
                    + new TreeSet<>(byNumber.keySet()));
        }
        numbers.forEach(n -> result.add(byNumber.get(n)));
        return result;
    }
}

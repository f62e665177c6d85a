package la.rtp.tracker.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import la.rtp.tracker.common.RtpConfig;

/**
 * The submission deadline of a plan year: the RTP secretariat's override for that year if there
 * is one, else the configured default day ({@code rtp.workplan.deadline}, env
 * {@code RTP_WORKPLAN_DEADLINE}, MM-DD, default 01-31) of that year. Other packages (the compliance report, rule RTP-2) call
 * {@link #effective(int)} or {@link #effective(Collection)}.
 */
@ApplicationScoped
public class WorkplanDeadlines {

    @Inject
    RtpConfig config;

    /** The configured default deadline of {@code year} (29 February becomes 28 in common years). */
    public LocalDate defaultFor(int year) {
        return config.workplan().deadline().atYear(year);
    }

    /** The deadline in force for {@code year}: the override if set, else the default. */
    public LocalDate effective(int year) {
        return WorkplanDeadline.forYear(year).map(d -> d.deadline).orElseGet(() -> defaultFor(year));
    }

    /** Deadlines in force for several years, read in one statement. */
    public Map<Integer, LocalDate> effective(Collection<Integer> years) {
        Map<Integer, LocalDate> deadlines = new HashMap<>();
        for (int year : new TreeSet<>(years)) {
            deadlines.put(year, defaultFor(year));
        }
        for (WorkplanDeadline d : WorkplanDeadline.forYears(deadlines.keySet())) {
            deadlines.put(d.year, d.deadline);
        }
        return deadlines;
    }
}

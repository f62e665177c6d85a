package la.rtp.tracker.compliance;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures shown beside the verdicts for one SWG and year, as of a date: numbers, not
 * judgements. Computed by {@link FiguresCalculator}.
 *
 * @param meetingsHeldPerQuarter      meetings of any kind held in Y up to D, keys Q1..Q4 in
 *                                    order, zeros included
 * @param attendees                   attendances at those meetings (not distinct people)
 * @param women                       of which {@code FEMALE}
 * @param womenShare                  women / attendees, scale 3; null without attendees
 * @param attendeesByOrganizationType by organisation type, sorted; unknown type under
 *                                    {@link #UNSPECIFIED}
 * @param openActionItems             the SWG's action items open ({@code OPEN},
 *                                    {@code IN_PROGRESS}) on D, of any year
 * @param overdueActionItems          of which due before D, as RTP-8 counts them
 * @param budgetBySource              workplan budget by funding source, sorted; empty
 *                                    without a workplan
 * @param budgetTotal                 the sum over all sources
 * @param disbursementRate            disbursed / planned, scale 3; null when planned is zero
 */
public record Figures(Map<String, Integer> meetingsHeldPerQuarter, int attendees, int women,
        BigDecimal womenShare, SortedMap<String, Integer> attendeesByOrganizationType,
        int openActionItems, int overdueActionItems, SortedMap<String, BudgetLine> budgetBySource,
        BudgetLine budgetTotal, BigDecimal disbursementRate) {

    /** Key for attendees whose organisation type is not recorded. */
    public static final String UNSPECIFIED = "UNSPECIFIED";

    public Figures {
        meetingsHeldPerQuarter =
                Collections.unmodifiableMap(new LinkedHashMap<>(meetingsHeldPerQuarter));
        attendeesByOrganizationType =
                Collections.unmodifiableSortedMap(new TreeMap<>(attendeesByOrganizationType));
        budgetBySource = Collections.unmodifiableSortedMap(new TreeMap<>(budgetBySource));
    }
}

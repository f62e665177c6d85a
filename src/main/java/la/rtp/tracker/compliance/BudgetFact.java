package la.rtp.tracker.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One budget line of a workplan activity, in US dollars (amounts in kip converted at the plan
 * year's rate), with what was disbursed on it and when.
 *
 * @param source        funding source ({@code GOVERNMENT}, {@code ODA_GRANT}, {@code ODA_LOAN},
 *                      {@code PRIVATE_SECTOR}, {@code NGO})
 * @param disbursements dated amounts; one counts on D when disbursed on or before D and not
 *                      withdrawn by then
 */
public record BudgetFact(String source, BigDecimal plannedUsd, List<Disbursed> disbursements) {

    /** An amount disbursed on {@code on}, withdrawn from {@code withdrawnOn} when not null. */
    public record Disbursed(LocalDate on, LocalDate withdrawnOn, BigDecimal usd) {
        boolean countsOn(LocalDate day) {
            return !on.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
        }
    }

    public BudgetFact {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plannedUsd, "plannedUsd");
        disbursements = List.copyOf(disbursements);
    }

    /** A line whose total was disbursed long ago (null: nothing reported). */
    public BudgetFact(String source, BigDecimal plannedUsd, BigDecimal disbursedUsd) {
        this(source, plannedUsd, disbursedUsd == null ? List.of()
                : List.of(new Disbursed(LocalDate.MIN, null, disbursedUsd)));
    }

    public BigDecimal disbursedOn(LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        for (Disbursed d : disbursements) {
            if (d.countsOn(day)) {
                total = total.add(d.usd());
            }
        }
        return total;
    }
}

package la.rtp.tracker.compliance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One budget line of a workplan activity, in US dollars.
 *
 * @param source       funding source ({@code GOVERNMENT}, {@code ODA_GRANT}, {@code ODA_LOAN},
 *                     {@code PRIVATE_SECTOR}, {@code NGO})
 * @param disbursedUsd null when nothing has been reported yet (counted as zero)
 */
public record BudgetFact(String source, BigDecimal plannedUsd, BigDecimal disbursedUsd) {

    public BudgetFact {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plannedUsd, "plannedUsd");
    }

    public BigDecimal disbursedOrZero() {
        return disbursedUsd == null ? BigDecimal.ZERO : disbursedUsd;
    }
}

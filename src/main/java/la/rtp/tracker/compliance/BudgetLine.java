package la.rtp.tracker.compliance;

import java.math.BigDecimal;
import java.util.Objects;

/** Planned and disbursed US dollars, for one funding source or in total. */
public record BudgetLine(BigDecimal plannedUsd, BigDecimal disbursedUsd) {

    public static final BudgetLine ZERO = new BudgetLine(BigDecimal.ZERO, BigDecimal.ZERO);

    public BudgetLine {
        Objects.requireNonNull(plannedUsd, "plannedUsd");
        Objects.requireNonNull(disbursedUsd, "disbursedUsd");
    }

    public BudgetLine plus(BudgetLine other) {
        return new BudgetLine(plannedUsd.add(other.plannedUsd),
                disbursedUsd.add(other.disbursedUsd));
    }
}

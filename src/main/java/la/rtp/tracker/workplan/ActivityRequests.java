package la.rtp.tracker.workplan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What clients send to create, replace or report on an activity. */
final class ActivityRequests {

    private ActivityRequests() {
    }

    static final String MONEY = "must be a non-negative amount with at most two decimals";

    /** Create (no version) or full update (with the version read). */
    public record ActivityRequest(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
            @Size(max = 50) List<Integer> nsedpOutcomes, List<Integer> quarters, Long responsibleOrganizationId,
            @Size(max = 5) List<@Valid @NotNull BudgetRequest> budget, Long version) {
    }

    /** {@code disbursedUsd} left out: 0 for a new source, unchanged for a source already planned. */
    public record BudgetRequest(@NotNull FundingSource source,
            @NotNull @PositiveOrZero(message = MONEY) @Digits(integer = 12, fraction = 2, message = MONEY) BigDecimal plannedUsd,
            @PositiveOrZero(message = MONEY) @Digits(integer = 12, fraction = 2, message = MONEY) BigDecimal disbursedUsd) {
    }

    public record DisbursementRequest(Long version, @NotEmpty @Size(max = 5) List<@Valid @NotNull Disbursement> budget) {
    }

    public record Disbursement(@NotNull FundingSource source,
            @NotNull @PositiveOrZero(message = MONEY) @Digits(integer = 12, fraction = 2, message = MONEY) BigDecimal disbursedUsd) {
    }
}

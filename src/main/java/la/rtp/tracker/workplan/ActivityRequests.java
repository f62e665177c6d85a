package la.rtp.tracker.workplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.common.Text;

/**
 * What clients send to create, replace or report on an activity. Budget lines are checked here
 * rather than by Bean Validation, so that errors name {@code budget[i].plannedUsd} exactly.
 */
public final class ActivityRequests {

    private ActivityRequests() {
    }

    /** numeric(14,2): twelve digits before the point, two after. */
    private static final int INTEGER_DIGITS = 12;

    /** Create (no version) or full update (with the version read). */
    public record ActivityRequest(@NotBlank @Size(max = 300) @SingleLine String title,
            @Size(max = 4000) @Text String description,
            @Size(max = 50) List<Integer> nsedpOutcomes, List<Integer> quarters, Long responsibleOrganizationId,
            @Size(max = 5) List<BudgetRequest> budget, Long version) {

        void checkBudget() {
            List<FieldError> errors = new ArrayList<>();
            List<BudgetRequest> lines = budget == null ? List.of() : budget;
            for (int i = 0; i < lines.size(); i++) {
                BudgetRequest b = lines.get(i);
                String at = "budget[" + i + "].";
                if (b == null) {
                    errors.add(new FieldError("budget[" + i + "]", "A budget line must not be null"));
                    continue;
                }
                source(errors, at, b.source());
                money(errors, at + "plannedUsd", b.plannedUsd(), true);
                money(errors, at + "disbursedUsd", b.disbursedUsd(), false);
            }
            throwIfAny(errors);
        }
    }

    /** {@code disbursedUsd} left out: 0 for a new source, unchanged for a source already planned. */
    public record BudgetRequest(FundingSource source, BigDecimal plannedUsd, BigDecimal disbursedUsd) {
    }

    public record DisbursementRequest(Long version, @NotEmpty @Size(max = 5) List<Disbursement> budget) {

        void check() {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < budget.size(); i++) {
                Disbursement d = budget.get(i);
                String at = "budget[" + i + "].";
                if (d == null) {
                    errors.add(new FieldError("budget[" + i + "]", "A budget line must not be null"));
                    continue;
                }
                source(errors, at, d.source());
                money(errors, at + "disbursedUsd", d.disbursedUsd(), true);
            }
            throwIfAny(errors);
        }
    }

    public record Disbursement(FundingSource source, BigDecimal disbursedUsd) {
    }

    private static void source(List<FieldError> errors, String at, FundingSource source) {
        if (source == null) {
            errors.add(new FieldError(at + "source", "source is required"));
        }
    }

    private static void money(List<FieldError> errors, String field, BigDecimal amount, boolean required) {
        if (amount == null) {
            if (required) {
                errors.add(new FieldError(field, field + " is required"));
            }
            return;
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > INTEGER_DIGITS) {
            errors.add(new FieldError(field, field + " must be a non-negative amount in USD with at most two "
                    + "decimals and twelve digits before the point"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new Problems.Invalid(errors);
        }
    }
}

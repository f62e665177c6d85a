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

    /** numeric(18,2): sixteen digits before the point, two after (kip amounts are large). */
    private static final int INTEGER_DIGITS = 16;

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
                b.check(errors, at);
            }
            throwIfAny(errors);
        }
    }

    /**
     * One budget line: a source and, optionally, the organisation funding it; the planned amount in
     * {@code currency} (USD when left out). {@code plannedUsd} is the older form of a planned amount
     * in dollars; {@code disbursedUsd}, for lines in dollars, sets the total disbursed so far (the
     * difference is recorded as a dated adjustment); left out, what was disbursed is unchanged.
     */
    public record BudgetRequest(FundingSource source, Long fundingOrganizationId, Currency currency,
            BigDecimal planned, BigDecimal plannedUsd, BigDecimal disbursedUsd) {

        /** A line in dollars, as the older clients and the workspace form send it. */
        public static BudgetRequest usd(FundingSource source, BigDecimal plannedUsd, BigDecimal disbursedUsd) {
            return new BudgetRequest(source, null, null, null, plannedUsd, disbursedUsd);
        }

        public Currency currencyOrUsd() {
            return currency == null ? Currency.USD : currency;
        }

        /** The planned amount in the line's currency, whichever field carried it. */
        public BigDecimal amount() {
            return planned != null ? planned : plannedUsd;
        }

        void check(List<FieldError> errors, String at) {
            if (planned == null && plannedUsd == null) {
                // named as the client's form names it: older clients send plannedUsd and no currency
                String field = at + (currency == null ? "plannedUsd" : "planned");
                errors.add(new FieldError(field, field + " is required"));
            }
            money(errors, at + "planned", planned, false);
            money(errors, at + "plannedUsd", plannedUsd, false);
            money(errors, at + "disbursedUsd", disbursedUsd, false);
            if (currencyOrUsd() != Currency.USD) {
                if (plannedUsd != null) {
                    errors.add(new FieldError(at + "plannedUsd", "plannedUsd is for lines in USD; give planned "
                            + "with the currency " + currency));
                }
                if (disbursedUsd != null) {
                    errors.add(new FieldError(at + "disbursedUsd", "disbursedUsd is for lines in USD; record "
                            + "what was disbursed in " + currency + " as disbursements by quarter"));
                }
            } else if (planned != null && plannedUsd != null && planned.compareTo(plannedUsd) != 0) {
                errors.add(new FieldError(at + "plannedUsd", "Give planned or plannedUsd, not two different "
                        + "amounts"));
            }
        }
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

    /** The total disbursed so far on a line in dollars, named by source (and funder when several share it). */
    public record Disbursement(FundingSource source, Long fundingOrganizationId, BigDecimal disbursedUsd) {
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
            errors.add(new FieldError(field, field + " must be a non-negative amount with at most two "
                    + "decimals and sixteen digits before the point"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new Problems.Invalid(errors);
        }
    }
}

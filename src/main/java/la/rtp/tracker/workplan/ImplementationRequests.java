package la.rtp.tracker.workplan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import la.rtp.tracker.common.Text;

/** What clients send to report implementation: progress, disbursements, withdrawals, the year's rate. */
public final class ImplementationRequests {

    private ImplementationRequests() {
    }

    /** How the activity went in a quarter; {@code reportedOn} defaults to today (see BusinessDates). */
    public record ProgressRequest(@NotNull @Min(1) @Max(4) Integer quarter, @NotNull ProgressStatus status,
            @Size(max = 2000) @Text String narrativeEn, @Size(max = 2000) @Text String narrativeLo,
            LocalDate reportedOn) {
    }

    /**
     * Money disbursed on one of the activity's budget lines, in the line's currency. {@code quarter}
     * defaults to the quarter {@code disbursedOn} falls in (the last one after the plan year).
     */
    public record DisbursementCreate(@NotNull Long budgetLineId, @Min(1) @Max(4) Integer quarter,
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotNull LocalDate disbursedOn, @Size(max = 500) @Text String note) {
    }

    /** Withdraws a disbursement recorded in error, from {@code withdrawnOn} (today by default). */
    public record WithdrawRequest(LocalDate withdrawnOn) {
    }

    /** Kip per US dollar; replacing a year's rate needs the version read. */
    public record RateRequest(@NotNull @DecimalMin(value = "0.0001") @DecimalMax("99999999")
            @Digits(integer = 8, fraction = 4) BigDecimal lakPerUsd, Long version) {
    }
}

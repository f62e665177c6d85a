package la.rtp.tracker.workplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.workplan.WorkplanView.QuarterProgress;

/** What the implementation endpoints answer. */
public final class ImplementationViews {

    private ImplementationViews() {
    }

    /** One progress report as recorded. */
    public record ProgressEntry(long id, int quarter, ProgressStatus status, String narrativeEn, String narrativeLo,
            LocalDate reportedOn, Instant recordedAt, String recordedBy) {
        static ProgressEntry from(ActivityProgress p) {
            return new ProgressEntry(p.id, p.quarter, p.status, p.narrativeEn, p.narrativeLo, p.reportedOn,
                    p.recordedAt, p.recordedBy);
        }
    }

    /** The activity's quarters as of a date, and every report recorded (the history). */
    public record ActivityProgressView(long activityId, String title, LocalDate asOf, List<QuarterProgress> quarters,
            List<ProgressEntry> history) {
    }

    /** One disbursement; {@code counted} says whether it counts on the view's date. */
    public record DisbursementView(long id, long budgetLineId, FundingSource source, String fundingOrganizationName,
            Currency currency, int quarter, BigDecimal amount, LocalDate disbursedOn, boolean adjustment, String note,
            Instant recordedAt, String recordedBy, LocalDate withdrawnOn, String withdrawnBy, boolean counted) {
        static DisbursementView from(Disbursement d, LocalDate asOf) {
            BudgetLine line = d.line;
            return new DisbursementView(d.id, line.id, line.source,
                    line.fundingOrganization == null ? null : line.fundingOrganization.name, line.currency, d.quarter,
                    Money.cents(d.amount), d.disbursedOn, d.adjustment, d.note, d.recordedAt, d.recordedBy,
                    d.withdrawnOn, d.withdrawnBy, d.countsOn(asOf));
        }
    }

    /** A line's disbursed total on the date, per quarter of the plan year and in all. */
    public record LineTotal(long budgetLineId, FundingSource source, String fundingOrganizationName, Currency currency,
            BigDecimal planned, List<BigDecimal> byQuarter, BigDecimal disbursed) {
    }

    public record ActivityDisbursementsView(long activityId, String title, LocalDate asOf, List<LineTotal> lines,
            List<DisbursementView> disbursements, List<String> warnings) {
    }

    public record RateView(int year, BigDecimal lakPerUsd, long version, Instant updatedAt, String updatedBy) {
        static RateView from(ExchangeRate r) {
            return new RateView(r.year, r.lakPerUsd.setScale(4, java.math.RoundingMode.HALF_UP), r.version, r.updatedAt,
                    r.updatedBy);
        }
    }
}

package la.rtp.tracker.workplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A workplan as the API answers it: activities, budget totals by source, status history and the
 * deadline in force. Money is shown in the currency entered and in both currencies at the year's
 * rate ({@code lakPerUsd}, null while none is set); disbursed amounts are those counted today.
 * {@code warnings} appears only on a copy-forward answer.
 */
public record WorkplanView(long id, String swg, String swgName, int year, WorkplanStatus status, long version,
        LocalDate submittedOn, LocalDate lastSubmittedOn, LocalDate endorsedOn, String returnedReason,
        LocalDate deadline, List<ActivityView> activities, Totals totals, List<HistoryView> history,
        Instant createdAt, Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> warnings,
        BigDecimal lakPerUsd) {

    /**
     * One line: {@code planned} and {@code disbursed} in {@code currency}; the {@code *Usd} and
     * {@code *Lak} amounts converted at the year's rate (null without one).
     */
    public record BudgetView(FundingSource source, BigDecimal plannedUsd, BigDecimal disbursedUsd, Long id,
            Long fundingOrganizationId, String fundingOrganizationName, Currency currency, BigDecimal planned,
            BigDecimal disbursed, BigDecimal plannedLak, BigDecimal disbursedLak) {

        static BudgetView from(BudgetLine b, BigDecimal disbursed, BigDecimal rate) {
            return new BudgetView(b.source, Money.usd(b.planned, b.currency, rate),
                    Money.usd(disbursed, b.currency, rate), b.id, b.funderId(),
                    b.fundingOrganization == null ? null : b.fundingOrganization.name, b.currency,
                    Money.cents(b.planned), disbursed, Money.lak(b.planned, b.currency, rate),
                    Money.lak(disbursed, b.currency, rate));
        }

        /** Disbursed more than planned: shown, not refused (money can arrive ahead of the plan). */
        String overspent() {
            if (disbursed.compareTo(planned) <= 0) {
                return null;
            }
            return source + (fundingOrganizationName == null ? "" : " (" + fundingOrganizationName + ")")
                    + ": disbursed " + disbursed.toPlainString() + " " + currency + " exceeds planned "
                    + planned.toPlainString() + " " + currency;
        }
    }

    /** How the activity went in one quarter, as last reported on or before today. */
    public record QuarterProgress(int quarter, ProgressStatus status, String narrativeEn, String narrativeLo,
            LocalDate reportedOn, String reportedBy) {
        static QuarterProgress from(ActivityProgress p) {
            return new QuarterProgress(p.quarter, p.status, p.narrativeEn, p.narrativeLo, p.reportedOn, p.recordedBy);
        }
    }

    public record ActivityView(long id, long workplanId, String title, String description, List<Integer> nsedpOutcomes,
            List<Integer> quarters, Long responsibleOrganizationId, String responsibleOrganizationName,
            List<BudgetView> budget, BigDecimal plannedUsd, BigDecimal disbursedUsd, long version,
            BigDecimal plannedLak, BigDecimal disbursedLak, List<QuarterProgress> progress, List<String> warnings) {

        static ActivityView from(Activity a, List<BudgetView> lines, List<QuarterProgress> progress) {
            Amounts sum = Amounts.sum(lines);
            List<String> warnings = new ArrayList<>();
            for (BudgetView b : lines) {
                String w = b.overspent();
                if (w != null) {
                    warnings.add(w);
                }
            }
            return new ActivityView(a.id, a.workplan.id, a.title, a.description, a.outcomeNumbers(), a.quarters(),
                    a.responsibleOrganization == null ? null : a.responsibleOrganization.id,
                    a.responsibleOrganization == null ? null : a.responsibleOrganization.name,
                    lines, sum.plannedUsd(), sum.disbursedUsd(), a.version, sum.plannedLak(), sum.disbursedLak(),
                    progress, warnings);
        }
    }

    /** Totals in both currencies; an amount is null when a line could not be converted (no rate). */
    public record Amounts(BigDecimal plannedUsd, BigDecimal disbursedUsd, BigDecimal plannedLak,
            BigDecimal disbursedLak) {
        static final Amounts ZERO = new Amounts(money(BigDecimal.ZERO), money(BigDecimal.ZERO),
                money(BigDecimal.ZERO), money(BigDecimal.ZERO));

        Amounts plus(BudgetView b) {
            return new Amounts(Money.add(plannedUsd, b.plannedUsd()), Money.add(disbursedUsd, b.disbursedUsd()),
                    Money.add(plannedLak, b.plannedLak()), Money.add(disbursedLak, b.disbursedLak()));
        }

        static Amounts sum(List<BudgetView> lines) {
            Amounts total = ZERO;
            for (BudgetView b : lines) {
                total = total.plus(b);
            }
            return total;
        }
    }

    /** Every source appears, with zeros when no activity plans money from it. */
    public record Totals(Map<FundingSource, Amounts> bySource, BigDecimal plannedUsd, BigDecimal disbursedUsd,
            BigDecimal plannedLak, BigDecimal disbursedLak) {
        static Totals of(List<BudgetView> lines) {
            Map<FundingSource, Amounts> bySource = new EnumMap<>(FundingSource.class);
            for (FundingSource s : FundingSource.values()) {
                bySource.put(s, Amounts.ZERO);
            }
            for (BudgetView b : lines) {
                bySource.put(b.source(), bySource.get(b.source()).plus(b));
            }
            Amounts all = Amounts.sum(lines);
            return new Totals(bySource, all.plannedUsd(), all.disbursedUsd(), all.plannedLak(), all.disbursedLak());
        }
    }

    /** One status change: {@code on} is the business date, {@code at} when it was recorded. */
    public record HistoryView(WorkplanStatus from, WorkplanStatus to, LocalDate on, Instant at, String by,
            String reason) {
        static HistoryView from(StatusChange c) {
            return new HistoryView(c.fromStatus, c.toStatus, c.onDate, c.occurredAt, c.actor, c.reason);
        }
    }

    WorkplanView withWarnings(List<String> newWarnings) {
        return new WorkplanView(id, swg, swgName, year, status, version, submittedOn, lastSubmittedOn, endorsedOn,
                returnedReason, deadline, activities, totals, history, createdAt, updatedAt, newWarnings, lakPerUsd);
    }

    static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }
}

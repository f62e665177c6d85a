package la.rtp.tracker.workplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A workplan as the API answers it: activities, budget totals by source, status history and the
 * deadline in force. {@code warnings} appears only on a copy-forward answer.
 */
public record WorkplanView(long id, String swg, String swgName, int year, WorkplanStatus status, long version,
        LocalDate submittedOn, LocalDate lastSubmittedOn, LocalDate endorsedOn, String returnedReason,
        LocalDate deadline, List<ActivityView> activities, Totals totals, List<HistoryView> history,
        Instant createdAt, Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> warnings) {

    public record BudgetView(FundingSource source, BigDecimal plannedUsd, BigDecimal disbursedUsd) {
        static BudgetView from(BudgetLine b) {
            return new BudgetView(b.source, money(b.plannedUsd), money(b.disbursedUsd));
        }
    }

    public record ActivityView(long id, long workplanId, String title, String description, List<Integer> nsedpOutcomes,
            List<Integer> quarters, Long responsibleOrganizationId, String responsibleOrganizationName,
            List<BudgetView> budget, BigDecimal plannedUsd, BigDecimal disbursedUsd, long version) {

        static ActivityView from(Activity a, List<BudgetLine> lines) {
            Amounts sum = Amounts.sum(lines);
            return new ActivityView(a.id, a.workplan.id, a.title, a.description, a.outcomeNumbers(), a.quarters(),
                    a.responsibleOrganization == null ? null : a.responsibleOrganization.id,
                    a.responsibleOrganization == null ? null : a.responsibleOrganization.name,
                    lines.stream().map(BudgetView::from).toList(), sum.plannedUsd(), sum.disbursedUsd(), a.version);
        }
    }

    public record Amounts(BigDecimal plannedUsd, BigDecimal disbursedUsd) {
        static final Amounts ZERO = new Amounts(money(BigDecimal.ZERO), money(BigDecimal.ZERO));

        Amounts plus(BigDecimal planned, BigDecimal disbursed) {
            return new Amounts(money(plannedUsd.add(planned)), money(disbursedUsd.add(disbursed)));
        }

        static Amounts sum(List<BudgetLine> lines) {
            Amounts total = ZERO;
            for (BudgetLine b : lines) {
                total = total.plus(b.plannedUsd, b.disbursedUsd);
            }
            return total;
        }
    }

    /** Every source appears, with zeros when no activity plans money from it. */
    public record Totals(Map<FundingSource, Amounts> bySource, BigDecimal plannedUsd, BigDecimal disbursedUsd) {
        static Totals of(List<BudgetLine> lines) {
            Map<FundingSource, Amounts> bySource = new EnumMap<>(FundingSource.class);
            for (FundingSource s : FundingSource.values()) {
                bySource.put(s, Amounts.ZERO);
            }
            for (BudgetLine b : lines) {
                bySource.put(b.source, bySource.get(b.source).plus(b.plannedUsd, b.disbursedUsd));
            }
            Amounts all = Amounts.sum(lines);
            return new Totals(bySource, all.plannedUsd(), all.disbursedUsd());
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
                returnedReason, deadline, activities, totals, history, createdAt, updatedAt, newWarnings);
    }

    static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }
}

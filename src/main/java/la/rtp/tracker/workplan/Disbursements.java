package la.rtp.tracker.workplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The disbursements of one activity's lines, read once, for the writes that change them within
 * one request: whether a line has any, and the cumulative figure older clients send (the
 * difference to the running total is recorded as a dated adjustment).
 */
final class Disbursements {

    private final Map<Long, List<Disbursement>> byLine;
    private final LocalDate today;
    private final Instant now;
    private final String actor;

    private Disbursements(Map<Long, List<Disbursement>> byLine, LocalDate today, Instant now, String actor) {
        this.byLine = byLine;
        this.today = today;
        this.now = now;
        this.actor = actor;
    }

    static Disbursements of(List<BudgetLine> lines, LocalDate today, Instant now, String actor) {
        Map<Long, List<Disbursement>> byLine = Disbursement.ofLines(lines.stream().map(l -> l.id).toList()).stream()
                .collect(Collectors.groupingBy(d -> d.line.id));
        return new Disbursements(byLine, today, now, actor);
    }

    /** Whether anything was ever recorded on the line, withdrawn or not. */
    boolean any(BudgetLine line) {
        return line.id != null && !byLine.getOrDefault(line.id, List.of()).isEmpty();
    }

    /** Records what makes the line's total disbursed today {@code total}; nothing when it already is. */
    void setTotal(BudgetLine line, BigDecimal total) {
        List<Disbursement> own = byLine.computeIfAbsent(line.id == null ? -1L : line.id, k -> new ArrayList<>());
        BigDecimal delta = Money.cents(total).subtract(Money.disbursedOn(own, today));
        if (delta.signum() == 0) {
            return;
        }
        Disbursement d = new Disbursement();
        d.line = line;
        d.quarter = Money.quarterOf(today, line.activity.workplan.year);
        d.amount = delta;
        d.disbursedOn = today;
        d.adjustment = true;
        d.note = "Total disbursed so far set to " + Money.cents(total).toPlainString() + " " + line.currency;
        d.recordedAt = now;
        d.recordedBy = actor;
        d.persist();
        own.add(d);
    }
}

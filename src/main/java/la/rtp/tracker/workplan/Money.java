package la.rtp.tracker.workplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Amounts as SWGs count them: kept in the currency they were entered in and shown in both, at the
 * plan year's rate (kip per US dollar), rounded to cents. Without a rate the other currency is
 * unknown (null), never guessed.
 */
public final class Money {

    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount in US dollars; null for kip without a rate. */
    public static BigDecimal usd(BigDecimal amount, Currency currency, BigDecimal lakPerUsd) {
        if (currency == Currency.USD) {
            return cents(amount);
        }
        return lakPerUsd == null ? null : amount.divide(lakPerUsd, 2, RoundingMode.HALF_UP);
    }

    /** The amount in kip; null for dollars without a rate. */
    public static BigDecimal lak(BigDecimal amount, Currency currency, BigDecimal lakPerUsd) {
        if (currency == Currency.LAK) {
            return cents(amount);
        }
        return lakPerUsd == null ? null : cents(amount.multiply(lakPerUsd));
    }

    /** What these disbursements (of one line) add up to on {@code day}. */
    public static BigDecimal disbursedOn(List<Disbursement> disbursements, LocalDate day) {
        BigDecimal total = BigDecimal.ZERO;
        for (Disbursement d : disbursements) {
            if (d.countsOn(day)) {
                total = total.add(d.amount);
            }
        }
        return cents(total);
    }

    /** Null-tolerant sum: null when either is unknown. */
    static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    /** The quarter of the plan year a day counts in: its own, or the first or last outside the year. */
    public static int quarterOf(LocalDate day, int planYear) {
        if (day.getYear() < planYear) {
            return 1;
        }
        if (day.getYear() > planYear) {
            return 4;
        }
        return (day.getMonthValue() + 2) / 3;
    }
}

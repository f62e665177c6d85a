package la.rtp.tracker.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Converts the values native queries answer, which differ between H2 and PostgreSQL drivers. */
final class Sql {

    private Sql() {
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    /**
     * An amount of budget line {@code b} in US dollars: kip divided by the plan year's rate, joined
     * as {@code r} (null, counted as 0, while no rate is set; kip can be entered only once it is).
     */
    static String usd(String amount) {
        return "case when b.currency = 'LAK' then round(" + amount + " / r.lak_per_usd, 2) else " + amount + " end";
    }

    /** An amount of budget line {@code b} in kip: dollars times the year's rate {@code r} (null without one). */
    static String lak(String amount) {
        return "case when b.currency = 'USD' then round(" + amount + " * r.lak_per_usd, 2) else " + amount + " end";
    }
}

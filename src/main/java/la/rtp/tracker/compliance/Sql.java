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
}

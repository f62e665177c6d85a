package la.rtp.tracker.workplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import la.rtp.tracker.common.BaseEntity;

/** Kip per US dollar for one plan year, set by the RTP secretariat; totals in both currencies use it. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends BaseEntity {

    @Column(name = "plan_year")
    public int year;

    @Column(name = "lak_per_usd")
    public BigDecimal lakPerUsd;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<ExchangeRate> forYear(int year) {
        return find("from ExchangeRate r where r.year = ?1", year).firstResultOptional();
    }

    public static List<ExchangeRate> forYears(Collection<Integer> years) {
        return years.isEmpty() ? List.of() : list("from ExchangeRate r where r.year in ?1", years);
    }
}

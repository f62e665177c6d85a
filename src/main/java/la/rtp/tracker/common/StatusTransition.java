package la.rtp.tracker.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every row of a status history holds besides its subject and its two statuses: the
 * business date {@code onDate} (which may be a paper record's date), the instant it was
 * recorded, who, and why. Creation is the row with no {@code fromStatus}. Append-only: rows are
 * stamped once, by {@link #stamp}, and never changed.
 */
@MappedSuperclass
public abstract class StatusTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "on_date")
    public LocalDate onDate;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    public String reason;

    /** Fills the common columns and persists the row. */
    protected void stamp(LocalDate on, Instant at, String by, String why) {
        onDate = on;
        occurredAt = at;
        actor = by;
        reason = why;
        persist();
    }
}

package la.rtp.tracker.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One status an action item took and the business date it took effect (append-only). The status
 * on a past date D is the last change with {@code changedOn <= D}, ties broken by id.
 */
@Entity
@Table(name = "action_item_change")
public class ActionItemChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "action_item_id")
    public ActionItem actionItem;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ActionItemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public ActionItemStatus status;

    @Column(name = "changed_on")
    public LocalDate changedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public String actor;

    public static List<ActionItemChange> ofItem(long itemId) {
        return list("actionItem.id = ?1 order by changedOn, id", itemId);
    }

    static ActionItemChange record(ActionItem item, ActionItemStatus from, LocalDate on, Instant now, String actor) {
        ActionItemChange c = new ActionItemChange();
        c.actionItem = item;
        c.fromStatus = from;
        c.status = item.status;
        c.changedOn = on;
        c.recordedAt = now;
        c.actor = actor;
        c.persist();
        return c;
    }
}

package la.rtp.tracker.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An action item (of the SWG's own follow-up) that an addressed SWG links to a recommendation,
 * from a business date on. Append-only.
 */
@Entity
@Table(name = "recommendation_action")
@IdClass(RecommendationAction.Key.class)
public class RecommendationAction extends PanacheEntityBase {

    /** The primary key: one link per recommendation, SWG and action item. */
    public static class Key implements Serializable {
        public Long outcomeId;
        public Long swgId;
        public Long actionItemId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(outcomeId, k.outcomeId) && Objects.equals(swgId, k.swgId)
                    && Objects.equals(actionItemId, k.actionItemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(outcomeId, swgId, actionItemId);
        }
    }

    @Id
    @Column(name = "outcome_id")
    public Long outcomeId;

    @Id
    @Column(name = "swg_id")
    public Long swgId;

    @Id
    @Column(name = "action_item_id")
    public Long actionItemId;

    @Column(name = "linked_on")
    public LocalDate linkedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public String actor;

    static RecommendationAction link(long outcomeId, long swgId, long actionItemId, LocalDate on, Instant now,
            String actor) {
        RecommendationAction a = new RecommendationAction();
        a.outcomeId = outcomeId;
        a.swgId = swgId;
        a.actionItemId = actionItemId;
        a.linkedOn = on;
        a.recordedAt = now;
        a.actor = actor;
        a.persist();
        return a;
    }

    /** The links to these recommendations dated on or before {@code day}, in one statement. */
    static List<RecommendationAction> of(Collection<Long> outcomeIds, LocalDate day) {
        return outcomeIds.isEmpty() ? List.of()
                : list("outcomeId in ?1 and linkedOn <= ?2 order by linkedOn, actionItemId", outcomeIds, day);
    }

    /** The action item ids the SWG has linked to the recommendation (on any date). */
    static List<Long> linked(long outcomeId, long swgId) {
        return getEntityManager().createQuery("select a.actionItemId from RecommendationAction a "
                + "where a.outcomeId = :o and a.swgId = :s", Long.class)
                .setParameter("o", outcomeId).setParameter("s", swgId).getResultList();
    }
}

package la.rtp.tracker.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * An addressed SWG's answer to a recommendation, on a business date (append-only: a later answer
 * replaces an earlier one from its own date on, and both stay).
 */
@Entity
@Table(name = "recommendation_response")
public class RecommendationResponse extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "outcome_id")
    public Long outcomeId;

    @Column(name = "swg_id")
    public Long swgId;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    public String reason;

    @Column(name = "responded_on")
    public LocalDate respondedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public String actor;

    RecommendationStatus.Answer answer() {
        return new RecommendationStatus.Answer(id, decision, respondedOn);
    }

    /** The answers to these recommendations dated on or before {@code day}, in one statement. */
    static List<RecommendationResponse> of(Collection<Long> outcomeIds, LocalDate day) {
        return outcomeIds.isEmpty() ? List.of()
                : list("outcomeId in ?1 and respondedOn <= ?2 order by respondedOn, id", outcomeIds, day);
    }

    /** The SWG's answers to the recommendation, by date then as recorded. */
    static List<RecommendationResponse> of(long outcomeId, long swgId) {
        return list("outcomeId = ?1 and swgId = ?2 order by respondedOn, id", outcomeId, swgId);
    }
}

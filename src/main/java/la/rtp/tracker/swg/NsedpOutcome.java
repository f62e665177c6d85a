package la.rtp.tracker.swg;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A numbered outcome of a plan; referenced elsewhere by plan and number. */
@Entity
@Table(name = "nsedp_outcome")
public class NsedpOutcome extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    public NsedpPlan plan;

    public int number;

    @Column(name = "title_en")
    public String title;

    @Column(name = "title_lo")
    public String titleLo;
}

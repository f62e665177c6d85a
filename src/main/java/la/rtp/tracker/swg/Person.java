package la.rtp.tracker.swg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;

@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    @Column(name = "full_name")
    public String fullName;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    public String position;

    public String email;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The person with their organisation, in one statement. */
    public static Person withOrganization(Long id) {
        return find("from Person p left join fetch p.organization where p.id = ?1", id).firstResult();
    }

    /** 422 naming {@code field} unless the person exists. */
    public static Person require(Long id, String field) {
        Person p = id == null ? null : withOrganization(id);
        if (p == null) {
            throw new Problems.Invalid(field, "No person " + id);
        }
        return p;
    }
}

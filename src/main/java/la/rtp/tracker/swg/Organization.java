package la.rtp.tracker.swg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;

@Entity
@Table(name = "organization")
public class Organization extends BaseEntity {

    public String name;

    /** Lower-cased, space-folded name: the unique key that refuses duplicates. */
    @Column(name = "name_key")
    public String nameKey;

    public String acronym;

    @Enumerated(EnumType.STRING)
    public OrganizationType type;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static String keyOf(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** 422 naming {@code field} unless the organisation exists. */
    public static Organization require(Long id, String field) {
        Organization org = id == null ? null : findById(id);
        if (org == null) {
            throw new Problems.Invalid(field, "No organization " + id);
        }
        return org;
    }
}

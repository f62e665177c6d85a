package la.rtp.tracker.swg;

import java.time.Instant;

public record OrganizationView(long id, String name, String acronym, OrganizationType type, long version,
        Instant createdAt, Instant updatedAt) {

    public static OrganizationView from(Organization o) {
        return o == null ? null
                : new OrganizationView(o.id, o.name, o.acronym, o.type, o.version, o.createdAt, o.updatedAt);
    }
}

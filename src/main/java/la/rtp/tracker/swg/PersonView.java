package la.rtp.tracker.swg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person with their organisation; {@code roles} only on the single-person view. */
public record PersonView(long id, String fullName, Gender gender, Long organizationId, OrganizationView organization,
        String position, String email, long version, Instant createdAt, Instant updatedAt, List<RoleView> roles) {

    /** One SWG post the person holds or held. */
    public record RoleView(long membershipId, String swg, String swgName, MembershipRole role, LocalDate startDate,
            LocalDate endDate, boolean current) {
    }

    public static PersonView from(Person p) {
        return from(p, null);
    }

    public static PersonView from(Person p, List<RoleView> roles) {
        if (p == null) {
            return null;
        }
        return new PersonView(p.id, p.fullName, p.gender, p.organization == null ? null : p.organization.id,
                OrganizationView.from(p.organization), p.position, p.email, p.version, p.createdAt, p.updatedAt,
                roles);
    }
}

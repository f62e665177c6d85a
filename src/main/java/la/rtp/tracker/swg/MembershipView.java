package la.rtp.tracker.swg;

import java.time.LocalDate;

/** A post with its holder embedded: the person (with organisation) and/or the organisation. */
public record MembershipView(long id, String swg, MembershipRole role, LocalDate startDate, LocalDate endDate,
        Long personId, PersonView person, Long organizationId, OrganizationView organization, long version) {

    public static MembershipView from(Membership m) {
        Organization org = m.organization != null ? m.organization : m.person == null ? null : m.person.organization;
        return new MembershipView(m.id, m.swg.code, m.role, m.startDate, m.endDate,
                m.person == null ? null : m.person.id, PersonView.from(m.person),
                org == null ? null : org.id, OrganizationView.from(org), m.version);
    }
}

package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * RTP-1 Leadership: on D the SWG has an active Government chair, an active development-partner
 * co-chair and an active secretariat member.
 *
 * <p>Active on D means started on or before D and ended on or after D (both boundary days
 * count). Only a chair whose organisation type is {@code GOVERNMENT} and a co-chair whose
 * organisation type is {@code DEVELOPMENT_PARTNER} count (an unknown type counts as neither);
 * the type is the one the snapshot holds. A secretariat member of any organisation counts.
 * Never PENDING: leadership is required on every day. Evidence: the member list as of D.
 *
 * <p>The Guideline: "Sector-wide discussions are led by Government chairs and supported by
 * development partner co-chairs; chairs and co-chairs create and present the annual SWG
 * workplan, prepared by the SWG secretariat."
 */
final class Rtp1Leadership implements ComplianceRule {

    private static final String GOVERNMENT = "GOVERNMENT";
    private static final String DEVELOPMENT_PARTNER = "DEVELOPMENT_PARTNER";

    @Override
    public Verdict evaluate(SwgYearSnapshot snapshot, LocalDate asOf) {
        List<MembershipFact> active = snapshot.memberships().stream()
                .filter(membership -> membership.activeOn(asOf))
                .toList();
        List<Role> missing = new ArrayList<>();
        requireAny(active, holding(Role.CHAIR, GOVERNMENT), Role.CHAIR, missing);
        requireAny(active, holding(Role.CO_CHAIR, DEVELOPMENT_PARTNER), Role.CO_CHAIR, missing);
        requireAny(active, holding(Role.SECRETARIAT), Role.SECRETARIAT, missing);
        List<String> evidence = List.of(Evidence.members(snapshot.swgCode(), asOf));
        if (missing.isEmpty()) {
            return Verdict.of(Status.COMPLIANT, Detail.of("rtp1.complete", asOf), evidence);
        }
        return Verdict.of(Status.NON_COMPLIANT, Detail.of("rtp1.missing", asOf, missing), evidence);
    }

    private static void requireAny(List<MembershipFact> active, Predicate<MembershipFact> test,
            Role role, List<Role> missing) {
        if (active.stream().noneMatch(test)) {
            missing.add(role);
        }
    }

    private static Predicate<MembershipFact> holding(Role role) {
        return membership -> membership.role() == role;
    }

    private static Predicate<MembershipFact> holding(Role role, String organizationType) {
        return membership -> membership.role() == role && organizationType.equals(membership.organizationType());
    }
}

package la.rtp.tracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import la.rtp.tracker.common.Problems;

/**
 * The one place that answers "may this caller write SWG X?". Resources declare coarse role sets
 * with {@code @RolesAllowed}; everything scoped to an SWG asks here.
 */
@RequestScoped
public class Access {

    /** The RTP secretariat only. */
    public static final String RTP = "RTP_SECRETARIAT";
    /** Drafts workplans: the RTP secretariat and SWG secretariats. */
    public static final String PLAN = "group:plan";
    /** Writes SWG data (meetings, minutes, actions, people): the above and SWG chairs. */
    public static final String WRITE = "group:write";
    /** Reads everything: the above and viewers. */
    public static final String READ = "group:read";
    /** Reads what is published: every signed-in user and partner tokens. */
    public static final String PUBLISHED = "group:published";

    public static final String SWG_SECRETARIAT = "SWG_SECRETARIAT";
    public static final String SWG_CHAIR = "SWG_CHAIR";
    public static final String VIEWER = "VIEWER";
    public static final String PARTNER = Role.PARTNER;

    @Inject
    SecurityIdentity identity;

    /** The signed-in user's name, or the partner token's principal; "system" when anonymous. */
    public String actor() {
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    public boolean isSecretariat() {
        return identity.hasRole(RTP);
    }

    /** SWG codes on the caller's account (empty for the RTP secretariat, who may write all). */
    public Set<String> swgs() {
        Set<String> swgs = identity.getAttribute(Identities.SWGS);
        return swgs == null ? Set.of() : swgs;
    }

    public boolean mayWrite(String swgCode, Role... scopedRoles) {
        if (isSecretariat()) {
            return true;
        }
        Role[] allowed = scopedRoles.length == 0 ? new Role[] {Role.SWG_SECRETARIAT, Role.SWG_CHAIR} : scopedRoles;
        boolean hasRole = Arrays.stream(allowed).anyMatch(r -> identity.hasRole(r.name()));
        return hasRole && swgs().contains(swgCode);
    }

    /**
     * 403 unless the caller is the RTP secretariat or holds one of {@code scopedRoles} (default:
     * SWG secretariat or chair) for this SWG.
     */
    public void requireWrite(String swgCode, Role... scopedRoles) {
        if (!mayWrite(swgCode, scopedRoles)) {
            throw new Problems.Forbidden(isScoped()
                    ? "You may write only the SWGs on your account (" + String.join(", ", new TreeSet<>(swgs()))
                            + "), and only in your role; not '" + swgCode + "'"
                    : "Your role does not allow changes to SWG '" + swgCode + "'");
        }
    }

    /** 403 unless the caller is the RTP secretariat. */
    public void requireSecretariat(String what) {
        if (!isSecretariat()) {
            throw new Problems.Forbidden("Only the RTP secretariat may " + what);
        }
    }

    /**
     * Whether the caller reads every meeting: the RTP secretariat, viewers and partners do; SWG
     * secretariats and chairs read an RTP-level meeting only through {@link #maySee}.
     */
    public boolean seesAll() {
        return isSecretariat() || !isScoped();
    }

    /** Whether one of these SWG codes is on the caller's account. */
    public boolean maySee(java.util.Collection<String> swgCodes) {
        Set<String> mine = swgs();
        return swgCodes.stream().anyMatch(mine::contains);
    }

    private boolean isScoped() {
        return identity.hasRole(SWG_SECRETARIAT) || identity.hasRole(SWG_CHAIR);
    }
}

package la.rtp.tracker.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import la.rtp.tracker.security.WorkspaceAuthenticationMechanism;
import la.rtp.tracker.security.WorkspaceSessions;

/**
 * Synchronizer-token CSRF protection (OWASP), kept in no store: every workspace form carries, in
 * a hidden field, a token derived from the session's random id and the server's key, and
 * {@link CsrfFilter} refuses a form post whose field is not its session's token. Another site can
 * make a browser post a form, but cannot read the token, and a token is worth nothing in another
 * session. The session cookie itself is SameSite=Strict, which already keeps it off such posts.
 */
@RequestScoped
public class Csrf {

    public static final String FIELD = "csrf";

    @Inject
    SecurityIdentity identity;

    @Inject
    WorkspaceSessions sessions;

    /** The token of this request's session; empty without a session (the sign-in page). */
    public String token() {
        String id = sessionId(identity);
        return id == null ? "" : sessions.csrfToken(id);
    }

    static String sessionId(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null
                : identity.getAttribute(WorkspaceAuthenticationMechanism.SESSION_ID);
    }
}

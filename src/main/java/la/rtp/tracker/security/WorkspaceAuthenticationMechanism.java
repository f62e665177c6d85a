package la.rtp.tracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Signs in a workspace request by its session cookie ({@link WorkspaceSessions}), only on the
 * paths that read it; the account must still be active and carry the session's version. A page
 * of the workspace that needs a user sends whoever has none to the sign-in form.
 */
@ApplicationScoped
public class WorkspaceAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_VERSION = "sessionVersion";
    public static final String SESSION_ID = "sessionId";

    @Inject
    WorkspaceSessions sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager providers) {
        if (!WorkspaceSessions.readsSession(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        Optional<WorkspaceSessions.Session> read = sessions.read(context.request());
        if (read.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        WorkspaceSessions.Session session = read.get();
        TrustedAuthenticationRequest request = new TrustedAuthenticationRequest(session.username());
        request.setAttribute(SESSION_VERSION, session.version());
        request.setAttribute(SESSION_ID, session.id());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return providers.authenticate(request)
                .onItem().invoke(identity -> sessions.renewIfDue(context.request(), session))
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    // signed out elsewhere, deactivated, or the password changed: the session is over
                    sessions.clear(context.request());
                    return null;
                });
    }

    /** The workspace's pages send a visitor without a session to the sign-in form; other paths are not ours. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals("/app") || path.startsWith("/app/")) {
            String query = context.request().query();
            String next = "GET".equals(context.request().method().name()) && !path.equals("/app")
                    ? "?next=" + URLEncoder.encode(path + (query == null ? "" : "?" + query), StandardCharsets.UTF_8)
                    : "";
            return Uni.createFrom().item(new ChallengeData(302, "Location", "/login" + next));
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrustedAuthenticationRequest.class);
    }
}

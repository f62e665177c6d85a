package la.rtp.tracker.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import la.rtp.tracker.common.ProblemMapper;

/**
 * HTTP Basic for people and {@code Authorization: Bearer} for partner tokens. Calendar and feed
 * readers cannot send headers, so on {@code /feeds/} and {@code /calendar/} only, the token is
 * also accepted as {@code ?token=}.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager providers) {
        if (workspaceOnly(context.normalizedPath())) {
            // The workspace signs in by its form and session cookie only: a browser's remembered
            // Basic credentials must not make its forms usable from another site.
            return Uni.createFrom().nullItem();
        }
        String header = context.request().getHeader("Authorization");
        AuthenticationRequest request;
        try {
            request = header == null ? fromQuery(context) : fromHeader(header.trim());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException(e.getMessage()));
        }
        if (request == null) {
            return Uni.createFrom().nullItem();
        }
        return providers.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    private static boolean workspaceOnly(String path) {
        return path.equals("/app") || path.startsWith("/app/") || path.equals("/login");
    }

    private static AuthenticationRequest fromHeader(String header) {
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Basic")) {
            String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Malformed Basic credentials");
            }
            return new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        }
        if (scheme.equalsIgnoreCase("Bearer") && !value.isEmpty()) {
            return new TokenAuthenticationRequest(new TokenCredential(value, "bearer"));
        }
        throw new IllegalArgumentException("Unsupported authorization scheme");
    }

    private static AuthenticationRequest fromQuery(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.startsWith("/feeds/") && !path.startsWith("/calendar/")) {
            return null;
        }
        String token = context.request().getParam("token");
        return token == null || token.isBlank() ? null
                : new TokenAuthenticationRequest(new TokenCredential(token.trim(), "query"));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (workspaceOnly(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", ProblemMapper.CHALLENGE));
    }

    /**
     * Ahead of the workspace's session cookie, so that the API and the reports answer 401 with a
     * Basic challenge; only the workspace's pages redirect to the sign-in form.
     */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class);
    }
}

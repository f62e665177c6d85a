package la.rtp.tracker.partner;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits each partner token to a number of requests a minute (fixed one-minute windows per
 * token, in this replica's memory: with N replicas a token gets at most N times the limit,
 * which is fine for protecting the service from a runaway sync script).
 *
 * <p>Pre-matching, so it runs before routing and before the role checks: every request a token
 * makes counts, including the ones refused with 403 or 404 (a runaway script hammering a path it
 * may not read is stopped too). Credentials that do not authenticate are left to the normal
 * flow, which answers 401 for them.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long WINDOW_NANOS = 60_000_000_000L;

    @ConfigProperty(name = "rtp.partner.requests-per-minute", defaultValue = "600")
    int limit;

    @Inject
    CurrentIdentityAssociation identities;

    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    LongSupplier nanoTime = System::nanoTime;

    private record Window(long start, int count) {
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> check(HttpServerRequest request) {
        if (request.getHeader("Authorization") == null && request.getParam("token") == null) {
            return Uni.createFrom().voidItem(); // no partner token on this request: nothing to count
        }
        return identities.getDeferredIdentity().onFailure(AuthenticationFailedException.class).recoverWithNull()
                .map(identity -> identity == null ? null : admit(identity)).replaceWithVoid();
    }

    private SecurityIdentity admit(SecurityIdentity identity) {
        Long token = identity.isAnonymous() || !identity.hasRole(Access.PARTNER) ? null
                : identity.getAttribute("partnerTokenId");
        if (token != null) {
            long now = nanoTime.getAsLong();
            Window w = windows.compute(token, (k, old) -> old == null || now - old.start() >= WINDOW_NANOS
                    ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
            if (w.count() > limit) {
                long retry = Math.max(1, (w.start() + WINDOW_NANOS - now + 999_999_999L) / 1_000_000_000L);
                throw new Problems.TooManyRequests("This partner token may make " + limit
                        + " requests a minute; try again in " + retry + " s", retry);
            }
        }
        return identity;
    }
}

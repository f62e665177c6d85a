package la.rtp.tracker.partner;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.RateLimits;
import la.rtp.tracker.common.RtpConfig;
import la.rtp.tracker.security.Access;
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

    private final int limit;
    private final CurrentIdentityAssociation identities;
    private final RateLimits<Long> windows;

    @Inject
    RateLimiter(RtpConfig config, CurrentIdentityAssociation identities) {
        this(config.partner().requestsPerMinute(), identities, System::nanoTime);
    }

    RateLimiter(int limit, CurrentIdentityAssociation identities, LongSupplier nanoTime) {
        this.limit = limit;
        this.identities = identities;
        this.windows = new RateLimits<>(Duration.ofMinutes(1), nanoTime);
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> check(HttpServerRequest request) {
        if (request.getHeader("Authorization") == null && request.getParam("token") == null) {
            return Uni.createFrom().voidItem(); // no partner token on this request: nothing to count
        }
        return identities.getDeferredIdentity().onFailure(AuthenticationFailedException.class).recoverWithNull()
                .map(identity -> identity == null ? null : admit(identity)).replaceWithVoid();
    }

    SecurityIdentity admit(SecurityIdentity identity) {
        Long token = identity.isAnonymous() || !identity.hasRole(Access.PARTNER) ? null
                : identity.getAttribute("partnerTokenId");
        if (token != null) {
            long retry = windows.hit(token, limit);
            if (retry > 0) {
                throw new Problems.TooManyRequests("This partner token may make " + limit
                        + " requests a minute; try again in " + retry + " s", retry);
            }
        }
        return identity;
    }
}

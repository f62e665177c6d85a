package la.rtp.tracker.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import la.rtp.tracker.security.WorkspaceSessions;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses, with 403, every write to a workspace page whose CSRF field is not its session's token.
 * Which requests are checked follows from the resource the router chose (a class under
 * {@code /app}), not from the request's path as written, so that no spelling of the path
 * ({@code /%61pp}, {@code //app}, {@code /x/../app}) gets around it.
 *
 * <p>Why not the {@code quarkus-rest-csrf} extension (checked against its 3.34 sources): its
 * token is a random cookie compared with the form field (double submit), not bound to the
 * signed-in session, so a token planted before sign-in stays valid after it, where ours is an
 * HMAC of the session's id and changes at every sign-in; its cookie has no SameSite setting;
 * it refuses with a bare 400 rather than 403 with the workspace's own error page in the user's
 * language; and it checks every unsafe request by path configuration (JSON API writes would
 * need exempting) rather than by the resource the router chose. It reads the form through
 * the same server request context ({@code ResteasyReactiveRequestContext.getFormParameter}) as
 * this filter does, which Quarkus REST offers no public interface for.
 */
public class CsrfFilter {

    @Inject
    ErrorPages errors;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    WorkspaceSessions sessions;

    @ServerRequestFilter
    @WithFormRead
    public Uni<Response> verify(ResteasyReactiveContainerRequestContext context, SimpleResourceInfo resource) {
        String method = context.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || !workspacePage(resource)) {
            return Uni.createFrom().nullItem();
        }
        ResteasyReactiveRequestContext server = (ResteasyReactiveRequestContext) context.getServerRequestContext();
        Object posted = server.getFormParameter(Csrf.FIELD, true, false);
        return identities.getDeferredIdentity().map(identity -> sessions.csrfMatches(Csrf.sessionId(identity),
                posted == null ? null : posted.toString()) ? null
                        : Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                                .entity(errors.csrf()).build());
    }

    private static boolean workspacePage(SimpleResourceInfo resource) {
        Path path = resource == null || resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(Path.class);
        return path != null && (path.value().equals("/app") || path.value().startsWith("/app/"));
    }
}

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

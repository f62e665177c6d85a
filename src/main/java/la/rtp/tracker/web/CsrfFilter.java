package la.rtp.tracker.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/** Refuses, with 403, every workspace form post whose CSRF field does not match its cookie. */
public class CsrfFilter {

    @jakarta.inject.Inject
    ErrorPages errors;

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> verify(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (!"POST".equals(context.getMethod()) || !request.path().startsWith("/app")) {
            return Optional.empty();
        }
        ResteasyReactiveRequestContext server = (ResteasyReactiveRequestContext) context.getServerRequestContext();
        Object posted = server.getFormParameter(Csrf.FIELD, true, false);
        Cookie cookie = request.getCookie(Csrf.COOKIE);
        if (Csrf.matches(cookie == null ? null : cookie.getValue(), posted == null ? null : posted.toString())) {
            return Optional.empty();
        }
        return Optional.of(Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errors.csrf()).build());
    }
}

package la.rtp.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.common.ProblemPages;
import la.rtp.tracker.common.Problems;

/**
 * HTML answers for workspace pages that cannot be shown: not found, forbidden, an expired form.
 * Every problem a workspace page ({@code /app}) runs into and does not handle itself reaches
 * {@link #render} through {@code common.ProblemMapper}, so that a browser gets a page in the
 * user's language instead of problem+json.
 */
@ApplicationScoped
public class ErrorPages implements ProblemPages {

    @Override
    public Response render(ProblemException problem, String path) {
        return path.equals("/app") || path.startsWith("/app/") ? page(problem) : null;
    }

    @Inject
    Workspace ws;

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance error(int status, String messageKey, String detail);
    }

    /** The page for a problem a workspace page ran into. */
    public Response page(ProblemException e) {
        String key = switch (e.status()) {
            case 404 -> "not_found";
            case 403 -> "forbidden";
            case 503 -> "unavailable";
            case 500 -> "unexpected";
            default -> "not_saved";
        };
        String detail = e instanceof Problems.Unexpected u ? u.id()
                : e.status() == 404 || e.status() == 403 || e.status() == 503 ? "" : e.getMessage();
        Response.ResponseBuilder page = Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(render(e.status(), key, detail));
        if (e.retryAfterSeconds() >= 0) {
            page.header("Retry-After", e.retryAfterSeconds());
        }
        return page.build();
    }

    String csrf() {
        return render(403, "csrf_failed", "");
    }

    private String render(int status, String key, String detail) {
        return ws.page(Templates.error(status, key, detail)).render();
    }
}

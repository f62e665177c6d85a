package la.rtp.tracker.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;
import la.rtp.tracker.common.DatabaseFailures;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.common.Problems;
import org.hibernate.StaleStateException;

/**
 * What every workspace form that writes does: run the write (a service method, in its own
 * transaction), then either redirect (Post/Redirect/Get) or show the form again with why it was
 * refused, field by field. Forbidden and not-found go on to the error page; so does anything
 * that is not the user's doing (a lost database connection, a defect), which says that nothing
 * was saved.
 */
@RequestScoped
public class Submission {

    /** Why the write was refused: 422 for invalid input, 409 for a conflict, and the messages. */
    public record Refusal(int status, FormErrors errors) {
    }

    @Inject
    Workspace ws;

    /** Runs {@code write}; on success redirects to {@code next} of its result. */
    public <T> Response submit(Supplier<T> write, Function<T, String> next,
            Function<Refusal, TemplateInstance> again) {
        T result;
        try {
            result = write.get();
        } catch (RuntimeException e) {
            Refusal refusal = refusal(e);
            return html(refusal.status(), again.apply(refusal));
        }
        return Workspace.redirect(next.apply(result));
    }

    /** Runs {@code write}; on success redirects to {@code next}. */
    public Response submit(Runnable write, String next, Function<Refusal, TemplateInstance> again) {
        return submit(() -> {
            write.run();
            return next;
        }, where -> where, again);
    }

    /** The form again with errors a page found itself (a date it could not read): 422. */
    public static Response invalid(TemplateInstance page) {
        return html(422, page);
    }

    /**
     * The refusal of a write, or the exception thrown on when it is not the user's to correct
     * (403, 404, 5xx, anything unknown).
     */
    public Refusal refusal(RuntimeException e) {
        return new Refusal(status(e), FormErrors.from(e, ws.locale()));
    }

    private static int status(RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ProblemException p) {
                if (p.status() == 403 || p.status() == 404 || p.status() >= 500) {
                    throw e;
                }
                return p.status() == 400 ? 422 : p.status();
            }
            if (c instanceof ConstraintViolationException) {
                return 422;
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return 409;
            }
        }
        if (DatabaseFailures.classify(e) instanceof Problems.Conflict) {
            // A unique value taken by a concurrent writer.
            return 409;
        }
        throw e;
    }

    /** An HTML answer with a status other than 200. */
    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }
}

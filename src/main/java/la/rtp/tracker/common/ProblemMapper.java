package la.rtp.tracker.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception, the framework's included, into {@code application/problem+json}. No
 * stack trace and no class name ever reaches a client: unexpected errors are logged with an id
 * that the problem's {@code instance} repeats.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    public static final String CHALLENGE = "Basic realm=\"swg-tracker\", charset=\"UTF-8\"";

    @Inject
    Instance<ProblemPages> pages;

    @Inject
    HttpServerRequest request;

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        if (pages.isResolvable()) {
            Response page = pages.get().render(e, request.path());
            if (page != null) {
                return page;
            }
        }
        Problem p = Problem.of(e.slug(), e.title(), e.status(), e.getMessage()).withErrors(e.errors());
        if (e instanceof Problems.Unexpected u) {
            p = p.withInstance("urn:uuid:" + u.id());
        }
        if (e.retryAfterSeconds() >= 0) {
            return Response.status(e.status()).type(Problem.MEDIA_TYPE).header("Retry-After", e.retryAfterSeconds())
                    .entity(p).build();
        }
        return respond(p);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<ProblemException.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new ProblemException.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(ProblemException.FieldError::field));
        return domain(new Problems.Invalid(errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = JsonPaths.of(m.getPath());
            return domain(new Problems.BadRequest(field, JsonPaths.describe(m, field)));
        }
        return domain(new Problems.BadRequest(null, "The request body is not valid JSON"));
    }

    /** Jackson's own mapper for this subtype would otherwise answer plain JSON. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    /** Quarkus' own mapper for this subtype answers a bare 500; ours logs it and answers problem+json. */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j);
        }
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof ProblemException p) {
            return domain(p);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // Jakarta REST answers 404 when a path or query parameter does not convert; it is a 400.
            return domain(new Problems.BadRequest(null, "A path or query parameter has a malformed value"));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "The request's content type is not supported here; send application/json";
            default -> title;
        };
        if (status >= 500) {
            return unexpected(e);
        }
        return respond(Problem.of(slugOf(title), title, status, detail));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized("Sign in with HTTP Basic credentials or a partner bearer token");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized("The credentials or the token were not accepted");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return domain(new Problems.Forbidden("Your role does not allow this"));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return domain(new Problems.Conflict(STALE));
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e) {
        return domain(new Problems.Conflict(STALE));
    }

    @ServerExceptionMapper
    public Response any(Throwable e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return domain(new Problems.Conflict(STALE));
            }
            if (c instanceof ProblemException p) {
                return domain(p);
            }
        }
        ProblemException database = DatabaseFailures.classify(e);
        if (database instanceof Problems.Unavailable) {
            LOG.warnf("The database could not be reached: %s", e.toString());
        }
        return database != null ? domain(database) : unexpected(e);
    }

    static final String STALE = "The resource was changed by someone else since you read it; reload it and try again";

    /** A defect of ours: logged in full under an id that the answer repeats, nothing else told. */
    private Response unexpected(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", id);
        return domain(new Problems.Unexpected(id));
    }

    private Response unauthorized(String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", CHALLENGE)
                .entity(Problem.of("unauthenticated", "Not authenticated", 401, detail)).build();
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /** {@code create.request.budget[0].source} becomes {@code budget[0].source}. */
    public static String fieldName(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // The index of a list element sits on the node after the list.
                    if (node.isInIterable()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        sb.append('[').append(at == null ? "" : at).append(']');
                    }
                    if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                        continue;
                    }
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(node.getName());
                }
            }
        }
        return !sb.isEmpty() ? sb.toString() : parameter == null ? "request" : parameter;
    }
}

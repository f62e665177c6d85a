package la.rtp.tracker.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Published minutes for partners' systems. Drafts never appear. Both endpoints answer a strong
 * {@code ETag} and {@code Last-Modified} computed by one aggregate statement
 * ({@link MinutesFingerprint}); the minutes themselves are loaded only when the client's copy is
 * not current. A list query asked again while nothing has been committed is answered from
 * {@link MinutesPageCache} without SQL, on the I/O thread; only a query that needs the database
 * moves to a worker thread.
 */
@Path("/api/v1/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner feeds")
@RolesAllowed(Access.PUBLISHED)
public class MinutesFeedResource {

    @Inject
    MinutesPageCache cache;

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    @GET
    @Operation(operationId = "listPublishedMinutes",
            summary = "Published minutes, newest meeting first, with attendance and action items; page with "
            + "nextCursor, sync with updatedSince, revalidate with If-None-Match (304)")
    @APIResponse(responseCode = "200", description = "A page of published minutes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublishedMinutesView.Page.class),
                    examples = @ExampleObject(name = "page", summary = "A page with one item and more to come",
                            value = MinutesExamples.PAGE)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match / If-Modified-Since) is current")
    @NonBlocking
    public Uni<Response> list(@QueryParam("swg") String swg, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context HttpHeaders headers) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new Problems.BadRequest("to", "to must not be before from");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new Problems.BadRequest("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        MinutesQuery query = new MinutesQuery(swg == null || swg.isBlank() ? null : swg.trim(), from, to,
                updatedSince == null ? null : updatedSince.toInstant(), Cursor.decode(cursor), null, size);
        String key = query.describe();
        MinutesFingerprint known = cache.known(key);
        if (known != null) {
            Response notModified = Conditional.notModified(headers, known.etag(), known.lastModified());
            if (notModified != null) {
                return Uni.createFrom().item(notModified);
            }
            Buffer body = cache.cached(known.etag());
            if (body != null) {
                return Uni.createFrom().item(Conditional.validators(Response.ok(body, MediaType.APPLICATION_JSON_TYPE),
                        known.etag(), known.lastModified()).build());
            }
        }
        // The database is needed: off the I/O thread, on a worker, in a read-only transaction of
        // its own, so its Hibernate session lives exactly as long as the load, even if the client
        // goes away meanwhile (which ends the request).
        io.vertx.core.Context context = Vertx.currentContext();
        return Uni.createFrom().emitter(emitter -> context.<Response>executeBlocking(
                () -> QuarkusTransaction.requiringNew().call(() -> load(query, key, headers)), false)
                .onComplete(done -> {
                    if (done.succeeded()) {
                        emitter.complete(done.result());
                    } else {
                        emitter.fail(done.cause());
                    }
                }));
    }

    private Response load(MinutesQuery query, String key, HttpHeaders headers) {
        MinutesFingerprint fingerprint = cache.fingerprint(key, () -> MinutesFingerprint.of(query));
        Response notModified = Conditional.notModified(headers, fingerprint.etag(), fingerprint.lastModified());
        if (notModified != null) {
            return notModified;
        }
        Buffer body = cache.body(fingerprint, () -> PublishedMinutes.page(query), () -> MinutesFingerprint.of(query));
        return Conditional.validators(Response.ok(body, MediaType.APPLICATION_JSON_TYPE), fingerprint.etag(),
                fingerprint.lastModified()).build();
    }

    @GET
    @Path("{meetingId}")
    @Operation(operationId = "getPublishedMinutes",
            summary = "The published minutes of one meeting (404 while they are a draft); revalidate with "
            + "If-None-Match (304)")
    @APIResponse(responseCode = "200", description = "The published minutes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublishedMinutesView.class),
                    examples = @ExampleObject(name = "minutes", summary = "Minutes published a week after the meeting",
                            value = MinutesExamples.ONE)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match / If-Modified-Since) is current")
    public Response get(@PathParam("meetingId") Long meetingId, @Context HttpHeaders headers) {
        MinutesQuery query = MinutesQuery.one(meetingId);
        MinutesFingerprint fingerprint = MinutesFingerprint.of(query);
        if (fingerprint.count() == 0) {
            throw new Problems.NotFound("Published minutes of meeting", meetingId);
        }
        Response notModified = Conditional.notModified(headers, fingerprint.etag(), fingerprint.lastModified());
        if (notModified != null) {
            return notModified;
        }
        var page = PublishedMinutes.page(query);
        if (page.items().isEmpty()) {
            throw new Problems.NotFound("Published minutes of meeting", meetingId);
        }
        return Conditional.validators(Response.ok(page.items().get(0)), fingerprint.etag(),
                fingerprint.lastModified()).build();
    }
}

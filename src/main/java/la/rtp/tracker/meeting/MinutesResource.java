package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MinutesResource {

    public static final int BODY_MAX = 200_000;

    /** {@code version} is required once minutes exist (428 without it, 409 when stale). */
    public record MinutesRequest(@NotBlank @Size(max = BODY_MAX) @Text String body,
            @NotNull @Pattern(regexp = "en|lo", message = "must be en or lo") String language, Long version) {
    }

    public record PublishRequest(LocalDate publishedOn) {
    }

    @Inject
    MinutesService minutes;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getMeetingMinutes",
            summary = "The minutes, draft or published, with the sanitised HTML rendering")
    public MinutesView get(@PathParam("id") Long id) {
        return minutes.get(id);
    }

    @PUT
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "saveMeetingMinutes",
            summary = "Write or rewrite the minutes in Markdown (201 the first time); published minutes may "
            + "still be corrected: they keep their publication date. Rewriting needs the version you read "
            + "(428 without it, 409 when stale)")
    public Response put(@PathParam("id") Long id, @Valid @NotNull MinutesRequest request, UriInfo uri) {
        MinutesService.Saved saved = minutes.save(id, request);
        return saved.created() ? Response.created(uri.getAbsolutePath()).entity(saved.minutes()).build()
                : Response.ok(saved.minutes()).build();
    }

    @POST
    @Path("publish")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "publishMeetingMinutes",
            summary = "Publish the minutes of a held meeting; publishedOn defaults to today, and only the RTP "
            + "secretariat may record another date (not in the future, not before the meeting)")
    public MinutesView publish(@PathParam("id") Long id, @Valid PublishRequest request) {
        return minutes.publish(id, request);
    }
}

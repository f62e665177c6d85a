package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.BusinessDates;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MinutesResource {

    public static final int BODY_MAX = 200_000;

    /** {@code version} is required once minutes exist (409 when stale). */
    public record MinutesRequest(@NotBlank @Size(max = BODY_MAX) @Text String body,
            @NotNull @Pattern(regexp = "en|lo", message = "must be en or lo") String language, Long version) {
    }

    public record PublishRequest(LocalDate publishedOn) {
    }

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getMeetingMinutes",
            summary = "The minutes, draft or published, with the sanitised HTML rendering")
    public MinutesView get(@PathParam("id") Long id) {
        return MinutesView.from(require(Meeting.require(id)));
    }

    @PUT
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "saveMeetingMinutes",
            summary = "Write or rewrite the minutes in Markdown (201 the first time); published minutes may "
            + "still be corrected: they keep their publication date")
    public Response put(@PathParam("id") Long id, @Valid @NotNull MinutesRequest request, UriInfo uri) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        if (m.status == MeetingStatus.CANCELLED) {
            throw new Problems.Conflict("Meeting " + m.id + " was cancelled; it has no minutes");
        }
        Minutes minutes = Minutes.ofMeeting(m.id);
        boolean created = minutes == null;
        Instant now = clock.instant();
        if (created) {
            minutes = new Minutes();
            minutes.meeting = m;
            minutes.createdAt = now;
        } else {
            if (request.version() == null) {
                throw new Problems.Invalid("version", "The minutes exist; send the version you read");
            }
            minutes.checkVersion(request.version());
        }
        minutes.body = request.body();
        minutes.language = request.language();
        minutes.bodyHtml = MinutesRenderer.render(request.body());
        minutes.updatedAt = now;
        if (created) {
            minutes.persist();
        }
        audit.record("Minutes", m.id, created ? "create" : minutes.published ? "update-published" : "update",
                m.swg.code + ": minutes of meeting " + m.id + " (" + minutes.language + ", "
                        + minutes.body.length() + " characters)" + (minutes.published ? ", already published" : ""));
        Minutes.flush();
        MinutesView view = MinutesView.from(minutes);
        return created ? Response.created(uri.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }

    @POST
    @Path("publish")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "publishMeetingMinutes",
            summary = "Publish the minutes of a held meeting; publishedOn defaults to today, and only the RTP "
            + "secretariat may record another date (not in the future, not before the meeting)")
    public MinutesView publish(@PathParam("id") Long id, @Valid PublishRequest request) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        if (m.status != MeetingStatus.HELD) {
            throw new Problems.Conflict("Only the minutes of a held meeting can be published; meeting " + m.id
                    + " is " + m.status);
        }
        Minutes minutes = Minutes.ofMeeting(m.id);
        if (minutes == null) {
            throw new Problems.Conflict("Meeting " + m.id + " has no minutes to publish yet");
        }
        if (minutes.published) {
            throw new Problems.Conflict("The minutes of meeting " + m.id + " were already published on "
                    + minutes.publishedOn);
        }
        LocalDate today = LocalDate.now(clock.withZone(Time.ZONE));
        LocalDate on = BusinessDates.recorded("publishedOn", request == null ? null : request.publishedOn(), today,
                access.isSecretariat());
        if (on.isBefore(m.meetingDate)) {
            throw new Problems.Invalid("publishedOn", "publishedOn must not be before the meeting date "
                    + m.meetingDate);
        }
        minutes.published = true;
        minutes.publishedOn = on;
        minutes.publishedAt = clock.instant();
        // Feeds poll by updatedSince: a publication is news to them.
        minutes.updatedAt = minutes.publishedAt;
        audit.record("Minutes", m.id, "publish", m.swg.code + ": minutes of meeting " + m.id + " published on "
                + on);
        Minutes.flush();
        return MinutesView.from(minutes);
    }

    private static Minutes require(Meeting m) {
        Minutes minutes = Minutes.ofMeeting(m.id);
        if (minutes == null) {
            throw new Problems.NotFound("Minutes of meeting", m.id);
        }
        return minutes;
    }
}

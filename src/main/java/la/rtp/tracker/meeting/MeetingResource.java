package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingResource {

    public record CancelRequest(@NotBlank @Size(max = 1000) @Text String reason) {
    }

    @Inject
    MeetingService meetings;

    @GET
    @RolesAllowed(Access.PUBLISHED)
    @Operation(operationId = "listMeetings",
            summary = "List meetings by start time; from and to are inclusive Vientiane dates of the start; "
            + "swg keeps that SWG's meetings and the RTP-level meetings it takes part in")
    public PageView<MeetingView> list(@QueryParam("swg") String swg, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("status") MeetingStatus status,
            @QueryParam("kind") MeetingKind kind,
            @Parameter(description = "SWG: the SWGs' own meetings; RTP: those the RTP secretariat organises",
                    schema = @Schema(enumeration = {"SWG", "RTP"})) @QueryParam("organiser") String organiser,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return meetings.list(swg, from, to, status, kind, organiser, page, size);
    }

    @POST
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "scheduleRtpMeeting",
            summary = "Schedule an RTP-level meeting (RTIM, RTM, coordination, provincial consultation) with the "
            + "SWGs taking part; a provincial consultation names its provincial authority. RTP secretariat only")
    public Response schedule(@Valid @NotNull SwgMeetingResource.MeetingRequest request) {
        MeetingView view = meetings.scheduleRtp(request);
        return Response.created(UriBuilder.fromPath("/api/v1/meetings/{id}").build(view.id())).entity(view).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.PUBLISHED)
    @Operation(operationId = "getMeeting",
            summary = "One meeting with agenda, attendance, attendees, minutes status and action items "
            + "(partners see neither attendee names nor action items)")
    public MeetingView get(@PathParam("id") Long id) {
        return meetings.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "updateMeeting",
            summary = "Reschedule or rename a scheduled meeting; send the version you read (428 without it, 409 when stale). "
            + "A change of time or place bumps the calendar sequence")
    public MeetingView update(@PathParam("id") Long id, @Valid @NotNull SwgMeetingResource.MeetingRequest request) {
        return meetings.update(id, request);
    }

    @POST
    @Path("{id}/held")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "markMeetingHeld",
            summary = "Record that a scheduled meeting took place (409 before its start time)")
    public MeetingView held(@PathParam("id") Long id) {
        return meetings.markHeld(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "cancelMeeting", summary = "Cancel a scheduled meeting, giving the reason")
    public MeetingView cancel(@PathParam("id") Long id, @Valid @NotNull CancelRequest request) {
        return meetings.cancel(id, request);
    }
}

package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Gender;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/attendees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class AttendeeResource {

    /**
     * Either {@code personId} (someone in the directory) alone, or a walk-in: {@code fullName},
     * {@code gender} and {@code organizationId}, all three required so that the attendance can be
     * counted by gender and organisation type.
     */
    public record AttendeeRequest(Long personId, @Size(max = 200) @SingleLine String fullName, Gender gender,
            Long organizationId) {
    }

    public record AttendeeList(List<AttendeeView> items, Attendance attendance) {
    }

    @Inject
    AttendanceService attendance;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listAttendees", summary = "Who attended, as recorded, with the attendance summary")
    public AttendeeList list(@PathParam("id") Long id) {
        return attendance.list(id);
    }

    @GET
    @Path("{attendeeId}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getAttendee", summary = "One attendee")
    public AttendeeView get(@PathParam("id") Long id, @PathParam("attendeeId") Long attendeeId) {
        return attendance.get(id, attendeeId);
    }

    @POST
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createAttendee",
            summary = "Record an attendee: {personId}, or a walk-in {fullName, gender, organizationId}; "
            + "name, gender and organisation type are kept as they are today")
    public Response add(@PathParam("id") Long id, @Valid @NotNull AttendeeRequest request, UriInfo uri) {
        AttendeeView a = attendance.add(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }

    @DELETE
    @Path("{attendeeId}")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "deleteAttendee", summary = "Remove an attendee recorded by mistake")
    public Response delete(@PathParam("id") Long id, @PathParam("attendeeId") Long attendeeId) {
        attendance.remove(id, attendeeId);
        return Response.noContent().build();
    }
}

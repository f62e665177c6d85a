package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Gender;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Person;
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
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listAttendees", summary = "Who attended, as recorded, with the attendance summary")
    public AttendeeList list(@PathParam("id") Long id) {
        Meeting m = Meeting.require(id);
        List<Attendee> attendees = Attendee.ofMeeting(m.id);
        return new AttendeeList(attendees.stream().map(AttendeeView::from).toList(), Attendance.of(attendees));
    }

    @GET
    @Path("{attendeeId}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getAttendee", summary = "One attendee")
    public AttendeeView get(@PathParam("id") Long id, @PathParam("attendeeId") Long attendeeId) {
        return AttendeeView.from(attendee(Meeting.require(id), attendeeId));
    }

    @POST
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createAttendee",
            summary = "Record an attendee: {personId}, or a walk-in {fullName, gender, organizationId}; "
            + "name, gender and organisation type are kept as they are today")
    public Response add(@PathParam("id") Long id, @Valid @NotNull AttendeeRequest request, UriInfo uri) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        if (m.status == MeetingStatus.CANCELLED) {
            throw new Problems.Conflict("Cannot record attendance: meeting " + m.id + " was cancelled");
        }
        Attendee a = request.personId() != null ? fromDirectory(m, request) : walkIn(request);
        a.meeting = m;
        a.recordedAt = clock.instant();
        a.persist();
        audit.record("Attendee", a.id, "create", m.swg.code + ": meeting " + m.id + " attended by " + a.fullName
                + (a.personId == null ? " (walk-in)" : ""));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id)).build())
                .entity(AttendeeView.from(a)).build();
    }

    @DELETE
    @Path("{attendeeId}")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "deleteAttendee", summary = "Remove an attendee recorded by mistake")
    public Response delete(@PathParam("id") Long id, @PathParam("attendeeId") Long attendeeId) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        if (m.status == MeetingStatus.CANCELLED) {
            throw new Problems.Conflict("Cannot change attendance: meeting " + m.id + " was cancelled");
        }
        Attendee a = attendee(m, attendeeId);
        a.delete();
        audit.record("Attendee", a.id, "delete", m.swg.code + ": meeting " + m.id + " attendee " + a.fullName
                + " removed");
        return Response.noContent().build();
    }

    private static Attendee fromDirectory(Meeting m, AttendeeRequest request) {
        if (request.fullName() != null || request.gender() != null || request.organizationId() != null) {
            throw new Problems.Invalid("personId", "Give either personId alone, or fullName, gender and "
                    + "organizationId for someone not in the directory");
        }
        Person p = Person.require(request.personId(), "personId");
        if (Attendee.attends(m, p.id)) {
            throw new Problems.Conflict(p.fullName + " is already recorded as attending meeting " + m.id);
        }
        Attendee a = new Attendee();
        a.personId = p.id;
        a.fullName = p.fullName;
        a.gender = p.gender;
        if (p.organization != null) {
            a.organizationId = p.organization.id;
            a.organizationName = p.organization.name;
            a.organizationType = p.organization.type;
        }
        return a;
    }

    private static Attendee walkIn(AttendeeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.fullName() == null || request.fullName().isBlank()) {
            errors.add(new FieldError("fullName", "fullName is required for someone not in the directory"));
        }
        if (request.gender() == null) {
            errors.add(new FieldError("gender", "gender is required (FEMALE, MALE, OTHER or UNDISCLOSED)"));
        }
        if (request.organizationId() == null) {
            errors.add(new FieldError("organizationId", "organizationId is required for someone not in the "
                    + "directory, so that attendance can be counted by organisation type"));
        }
        if (!errors.isEmpty()) {
            throw new Problems.Invalid(errors);
        }
        Organization org = Organization.require(request.organizationId(), "organizationId");
        Attendee a = new Attendee();
        a.fullName = request.fullName().trim().replaceAll("\\s+", " ");
        a.gender = request.gender();
        a.organizationId = org.id;
        a.organizationName = org.name;
        a.organizationType = org.type;
        return a;
    }

    private static Attendee attendee(Meeting m, Long attendeeId) {
        Attendee a = Attendee.findById(attendeeId);
        if (a == null || !a.meeting.id.equals(m.id)) {
            throw new Problems.NotFound("Attendee", attendeeId);
        }
        return a;
    }
}

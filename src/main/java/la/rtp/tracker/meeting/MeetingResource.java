package la.rtp.tracker.meeting;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingResource {

    public record CancelRequest(@NotBlank @Size(max = 1000) @Text String reason) {
    }

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    MeetingViews views;

    @Inject
    MeetingWarnings warnings;

    @GET
    @RolesAllowed(Access.PUBLISHED)
    @Operation(operationId = "listMeetings",
            summary = "List meetings by start time; from and to are inclusive Vientiane dates of the start")
    public PageView<MeetingView> list(@QueryParam("swg") String swg, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("status") MeetingStatus status,
            @QueryParam("kind") MeetingKind kind, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new Problems.BadRequest("to", "to must not be before from");
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        add(where, params, swg == null || swg.isBlank() ? null : swg.trim(), "s.code = :swg", "swg");
        add(where, params, from, "m.meetingDate >= :from", "from");
        add(where, params, to, "m.meetingDate <= :to", "to");
        add(where, params, status, "m.status = :status", "status");
        add(where, params, kind, "m.kind = :kind", "kind");
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var query = Meeting.<Meeting>find("from Meeting m join fetch m.swg s" + filter
                + " order by m.startsAt, m.id", params).page(PageView.page(page, size));
        List<Meeting> meetings = query.list();
        long total = Meeting.count("from Meeting m join m.swg s" + filter, params);
        return new PageView<>(views.page(meetings), query.page().index, query.page().size, total);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.PUBLISHED)
    @Operation(operationId = "getMeeting",
            summary = "One meeting with agenda, attendance, attendees, minutes status and action items "
            + "(partners see neither attendee names nor action items)")
    public MeetingView get(@PathParam("id") Long id) {
        return views.one(Meeting.require(id));
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "updateMeeting",
            summary = "Reschedule or rename a scheduled meeting; send the version you read (409 when stale). "
            + "A change of time or place bumps the calendar sequence")
    public MeetingView update(@PathParam("id") Long id, @Valid @NotNull SwgMeetingResource.MeetingRequest request) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        if (request.version() == null) {
            throw new Problems.Invalid("version", "Send the version of the meeting you read");
        }
        m.checkVersion(request.version());
        m.requireStatus(MeetingStatus.SCHEDULED, "reschedule it");
        request.applyTo(m);
        m.updatedAt = clock.instant();
        audit.record("Meeting", m.id, "update", m.swg.code + ": '" + m.title + "' " + m.kind + " on "
                + m.meetingDate + " (sequence " + m.sequence + ")");
        Meeting.flush();
        return views.one(m).withWarnings(warnings.of(m));
    }

    @POST
    @Path("{id}/held")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "markMeetingHeld",
            summary = "Record that a scheduled meeting took place (409 before its start time)")
    public MeetingView held(@PathParam("id") Long id) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        m.requireStatus(MeetingStatus.SCHEDULED, "mark it held");
        Instant now = clock.instant();
        if (!Meeting.started(m.startsAt, now)) {
            throw new Problems.Conflict("Meeting " + m.id + " has not started yet: it starts at "
                    + MeetingView.local(m.startsAt));
        }
        m.status = MeetingStatus.HELD;
        m.heldAt = now;
        m.updatedAt = now;
        audit.record("Meeting", m.id, "held", m.swg.code + ": '" + m.title + "' of " + m.meetingDate + " held");
        Meeting.flush();
        return views.one(m);
    }

    @POST
    @Path("{id}/cancel")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "cancelMeeting", summary = "Cancel a scheduled meeting, giving the reason")
    public MeetingView cancel(@PathParam("id") Long id, @Valid @NotNull CancelRequest request) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        m.requireStatus(MeetingStatus.SCHEDULED, "cancel it");
        m.status = MeetingStatus.CANCELLED;
        m.cancelReason = request.reason().trim();
        m.cancelledAt = clock.instant();
        m.updatedAt = m.cancelledAt;
        // Calendar clients apply a cancellation only with a higher SEQUENCE.
        m.sequence++;
        audit.record("Meeting", m.id, "cancel", m.swg.code + ": '" + m.title + "' of " + m.meetingDate
                + " cancelled: " + m.cancelReason);
        Meeting.flush();
        return views.one(m);
    }

    private static void add(List<String> where, Parameters params, Object value, String clause, String name) {
        if (value != null) {
            where.add(clause);
            params.and(name, value);
        }
    }
}

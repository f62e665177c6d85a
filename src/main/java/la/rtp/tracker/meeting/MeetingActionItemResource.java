package la.rtp.tracker.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Person;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action items")
public class MeetingActionItemResource {

    public record ActionItemRequest(@NotBlank @Size(max = 2000) @Text String description, Long ownerOrganizationId,
            Long ownerPersonId, @NotNull LocalDate dueDate) {
    }

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createActionItem",
            summary = "Record an action agreed at the meeting, owned by an organisation, a person or both; "
            + "it opens on the meeting date (today if the meeting is still ahead)")
    public Response create(@PathParam("id") Long id, @Valid @NotNull ActionItemRequest request) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        if (m.status == MeetingStatus.CANCELLED) {
            throw new Problems.Conflict("Meeting " + m.id + " was cancelled; it raises no action items");
        }
        if (request.ownerOrganizationId() == null && request.ownerPersonId() == null) {
            throw new Problems.Invalid(List.of(
                    new FieldError("ownerOrganizationId", "Give an owner: ownerOrganizationId, ownerPersonId or both"),
                    new FieldError("ownerPersonId", "Give an owner: ownerOrganizationId, ownerPersonId or both")));
        }
        if (request.dueDate().isBefore(m.meetingDate)) {
            throw new Problems.Invalid("dueDate", "dueDate must not be before the meeting date " + m.meetingDate);
        }
        LocalDate today = LocalDate.now(clock.withZone(Time.ZONE));
        Instant now = clock.instant();
        ActionItem i = new ActionItem();
        i.meeting = m;
        i.swg = m.swg;
        i.description = request.description().trim();
        i.ownerOrganization = request.ownerOrganizationId() == null ? null
                : Organization.require(request.ownerOrganizationId(), "ownerOrganizationId");
        i.ownerPerson = request.ownerPersonId() == null ? null
                : Person.require(request.ownerPersonId(), "ownerPersonId");
        i.dueDate = request.dueDate();
        i.openedOn = m.meetingDate.isAfter(today) ? today : m.meetingDate;
        i.statusOn = i.openedOn;
        i.createdAt = now;
        i.updatedAt = now;
        i.persist();
        ActionItemChange.record(i, null, i.openedOn, now, access.actor());
        audit.record("ActionItem", i.id, "create", m.swg.code + ": meeting " + m.id + " action '"
                + i.description + "' due " + i.dueDate);
        return Response.created(UriBuilder.fromPath("/api/v1/action-items/{id}").build(i.id))
                .entity(ActionItemView.from(i, today, ActionItemChange.ofItem(i.id))).build();
    }
}

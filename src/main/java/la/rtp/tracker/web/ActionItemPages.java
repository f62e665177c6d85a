package la.rtp.tracker.web;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.meeting.ActionItemResource;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.meeting.MeetingActionItemResource;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Action items agreed at a meeting: recording them with owner and due date, and their status. */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ActionItemPages {

    @Inject
    Workspace ws;

    @Inject
    MeetingScreen screen;

    @Inject
    MeetingActionItemResource meetingActions;

    @Inject
    ActionItemResource actions;



    @POST
    @Path("meetings/{id}/action-items")
    @Operation(hidden = true)
    public Response create(@PathParam("id") long id, @FormParam("description") String description,
            @FormParam("ownerOrganizationId") String ownerOrganizationId,
            @FormParam("ownerPersonId") String ownerPersonId, @FormParam("dueDate") String dueDate) {
        MeetingForm parsed = new MeetingForm(ws);
        Long organization = parsed.id("ownerOrganizationId", ownerOrganizationId);
        Long person = parsed.id("ownerPersonId", ownerPersonId);
        LocalDate due = parsed.date("dueDate", dueDate, false);
        MeetingScreen.Input in = new MeetingScreen.Input().put("description", description)
                .put("ownerOrganizationId", ownerOrganizationId).put("ownerPersonId", ownerPersonId)
                .put("dueDate", dueDate);
        if (!parsed.ok()) {
            return screen.invalid(id, parsed.errors(), in);
        }
        try {
            meetingActions.create(id, new MeetingActionItemResource.ActionItemRequest(description, organization,
                    person, due));
            return Workspace.redirect("/app/meetings/" + id + "?saved=action#actions");
        } catch (ProblemException | ConstraintViolationException e) {
            return screen.refused(id, e, in);
        }
    }

    @POST
    @Path("action-items/{itemId}/status")
    @Operation(hidden = true)
    public Response status(@PathParam("itemId") long itemId, @FormParam("status") String status,
            @FormParam("version") String version) {
        long meetingId = actions.get(itemId).meetingId();
        MeetingForm parsed = new MeetingForm(ws);
        ActionItemStatus next = parsed.code(ActionItemStatus.class, "status", status);
        Long v = parsed.id("version", version);
        MeetingScreen.Input in = new MeetingScreen.Input().put("actionItemId", String.valueOf(itemId))
                .put("status", status);
        if (!parsed.ok()) {
            return screen.invalid(meetingId, parsed.errors(), in);
        }
        try {
            actions.status(itemId, new ActionItemResource.StatusRequest(next, null, v));
            return Workspace.redirect("/app/meetings/" + meetingId + "?saved=status#actions");
        } catch (ProblemException | ConstraintViolationException e) {
            return screen.refused(meetingId, e, in);
        }
    }
}

package la.rtp.tracker.meeting.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import la.rtp.tracker.meeting.ActionItemResource;
import la.rtp.tracker.meeting.ActionItemService;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.meeting.MeetingActionItemResource;
import la.rtp.tracker.web.Forms;
import la.rtp.tracker.web.Submission;

/** Action items agreed at a meeting: recording them with owner and due date, and their status. */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ActionItemPages {

    @Inject
    MeetingScreen screen;

    @Inject
    ActionItemService actions;

    @POST
    @Path("meetings/{id}/action-items")
    public Response create(@PathParam("id") long id, @FormParam("description") String description,
            @FormParam("ownerOrganizationId") String ownerOrganizationId,
            @FormParam("ownerPersonId") String ownerPersonId, @FormParam("dueDate") String dueDate) {
        Forms parsed = screen.forms();
        Long organization = parsed.id("ownerOrganizationId", ownerOrganizationId);
        Long person = parsed.id("ownerPersonId", ownerPersonId);
        LocalDate due = parsed.date("dueDate", dueDate, false);
        MeetingScreen.Input in = new MeetingScreen.Input().put("description", description)
                .put("ownerOrganizationId", ownerOrganizationId).put("ownerPersonId", ownerPersonId)
                .put("dueDate", dueDate);
        if (!parsed.ok()) {
            return Submission.invalid(screen.page(id, in.errors(parsed.errors())));
        }
        return screen.submit(id, () -> actions.create(id, new MeetingActionItemResource.ActionItemRequest(description,
                organization, person, due)), "/app/meetings/" + id + "?saved=action#actions", in);
    }

    /** The status form sends the version it showed: a change made since answers 409 with the reason. */
    @POST
    @Path("action-items/{itemId}/status")
    public Response status(@PathParam("itemId") long itemId, @FormParam("status") String status,
            @FormParam("version") String version) {
        long meetingId = actions.get(itemId).meetingId();
        Forms parsed = screen.forms();
        ActionItemStatus next = parsed.choice(ActionItemStatus.class, "status", status);
        Long v = parsed.number("version", version);
        MeetingScreen.Input in = new MeetingScreen.Input().put("actionItemId", String.valueOf(itemId))
                .put("status", status);
        if (!parsed.ok()) {
            return Submission.invalid(screen.page(meetingId, in.errors(parsed.errors())));
        }
        return screen.submit(meetingId,
                () -> actions.changeStatus(itemId, new ActionItemResource.StatusRequest(next, null, v)),
                "/app/meetings/" + meetingId + "?saved=status#actions", in);
    }
}

package la.rtp.tracker.web;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.meeting.AttendeeResource;
import la.rtp.tracker.meeting.AttendeeView;
import la.rtp.tracker.swg.Gender;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Recording who came, fast enough for 40 names: each add answers with the meeting page again, the
 * search box focused, so the secretary types the next name at once.
 */
@Path("/app/meetings/{id}/attendees")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AttendancePages {

    @Inject
    Workspace ws;

    @Inject
    MeetingScreen screen;

    @Inject
    AttendeeResource attendees;



    /** A person from the directory search ({@code personId}) or a walk-in (name, gender, organisation). */
    @POST
    @Operation(hidden = true)
    public Response add(@PathParam("id") long id, @FormParam("personId") String personId,
            @FormParam("fullName") String fullName, @FormParam("gender") String gender,
            @FormParam("organizationId") String organizationId, @FormParam("q") String q, @Context UriInfo uri) {
        MeetingForm parsed = new MeetingForm(ws);
        Long person = parsed.id("personId", personId);
        Gender g = parsed.code(Gender.class, "gender", gender);
        Long organization = parsed.id("organizationId", organizationId);
        MeetingScreen.Input in = new MeetingScreen.Input().put("fullName", fullName).put("gender", gender)
                .put("organizationId", organizationId);
        in.q = q;
        in.focusSearch = person != null;
        if (!parsed.ok()) {
            return screen.invalid(id, parsed.errors(), in);
        }
        try {
            AttendeeView added = (AttendeeView) attendees.add(id, person != null
                    ? new AttendeeResource.AttendeeRequest(person, null, null, null)
                    : new AttendeeResource.AttendeeRequest(null, blankToNull(fullName), g, organization), uri).getEntity();
            return Workspace.redirect("/app/meetings/" + id + "?q=" + encode(q) + "&added=" + added.id() + "#attendance");
        } catch (ProblemException | ConstraintViolationException e) {
            return screen.refused(id, e, in);
        }
    }

    @POST
    @Path("{attendeeId}/delete")
    @Operation(hidden = true)
    public Response remove(@PathParam("id") long id, @PathParam("attendeeId") long attendeeId) {
        try {
            attendees.delete(id, attendeeId);
            return Workspace.redirect("/app/meetings/" + id + "?saved=removed#attendance");
        } catch (ProblemException | ConstraintViolationException e) {
            return screen.refused(id, e, new MeetingScreen.Input());
        }
    }

    private static String blankToNull(String s) {
        return MeetingForm.blank(s) ? null : s;
    }

    private static String encode(String q) {
        return q == null ? "" : URLEncoder.encode(q.trim(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}

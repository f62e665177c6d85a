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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import la.rtp.tracker.meeting.AttendanceService;
import la.rtp.tracker.meeting.AttendeeResource;
import la.rtp.tracker.swg.Gender;
import la.rtp.tracker.web.Forms;
import la.rtp.tracker.web.Submission;

/**
 * Recording who came, fast enough for 40 names: each add answers with the meeting page again, the
 * search box focused, so the secretary types the next name at once.
 */
@Path("/app/meetings/{id}/attendees")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class AttendancePages {

    @Inject
    MeetingScreen screen;

    @Inject
    AttendanceService attendance;

    /** A person from the directory search ({@code personId}) or a walk-in (name, gender, organisation). */
    @POST
    public Response add(@PathParam("id") long id, @FormParam("personId") String personId,
            @FormParam("fullName") String fullName, @FormParam("gender") String gender,
            @FormParam("organizationId") String organizationId, @FormParam("q") String q) {
        Forms parsed = screen.forms();
        Long person = parsed.id("personId", personId);
        Gender g = parsed.choice(Gender.class, "gender", gender);
        Long organization = parsed.id("organizationId", organizationId);
        MeetingScreen.Input in = new MeetingScreen.Input().put("fullName", fullName).put("gender", gender)
                .put("organizationId", organizationId);
        in.q = q;
        in.focusSearch = person != null;
        if (!parsed.ok()) {
            return Submission.invalid(screen.page(id, in.errors(parsed.errors())));
        }
        AttendeeResource.AttendeeRequest request = person != null
                ? new AttendeeResource.AttendeeRequest(person, null, null, null)
                : new AttendeeResource.AttendeeRequest(null, Forms.blank(fullName) ? null : fullName, g, organization);
        return screen.submit(id, () -> attendance.add(id, request),
                added -> "/app/meetings/" + id + "?q=" + encode(q) + "&added=" + added.id() + "#attendance", in);
    }

    @POST
    @Path("{attendeeId}/delete")
    public Response remove(@PathParam("id") long id, @PathParam("attendeeId") long attendeeId) {
        return screen.submit(id, () -> attendance.remove(id, attendeeId), "/app/meetings/" + id + "?saved=removed#attendance",
                new MeetingScreen.Input());
    }

    private static String encode(String q) {
        return q == null ? "" : URLEncoder.encode(q.trim(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}

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
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.meeting.MeetingResource;
import la.rtp.tracker.meeting.MinutesRenderer;
import la.rtp.tracker.meeting.MinutesResource;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The minutes editor: a preview rendered by the API's own renderer (nothing saved), saving through
 * {@code PUT /api/v1/meetings/{id}/minutes}'s code, and publishing.
 */
@Path("/app/meetings/{id}/minutes")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class MinutesPages {

    @Inject
    Workspace ws;

    @Inject
    MeetingScreen screen;

    @Inject
    MeetingResource meetings;

    @Inject
    MinutesResource minutes;



    /** {@code action=preview} shows the sanitised HTML without saving; any other action saves. */
    @POST
    @Operation(hidden = true)
    public Response save(@PathParam("id") long id, @FormParam("body") String body,
            @FormParam("language") String language, @FormParam("version") String version,
            @FormParam("action") String action, @Context UriInfo uri) {
        MeetingScreen.Input in = new MeetingScreen.Input().put("body", body == null ? "" : body)
                .put("language", language).put("version", version);
        if ("preview".equals(action)) {
            if (!ws.mayWrite(meetings.get(id).swg())) {
                throw new Problems.Forbidden("");
            }
            in.preview = MinutesRenderer.render(body);
            return MeetingScreen.html(200, screen.page(id, in));
        }
        MeetingForm parsed = new MeetingForm(ws);
        Long v = parsed.id("version", version);
        if (!parsed.ok()) {
            return screen.invalid(id, parsed.errors(), in);
        }
        try {
            minutes.put(id, new MinutesResource.MinutesRequest(body, language, v), uri);
            return Workspace.redirect("/app/meetings/" + id + "?saved=minutes#minutes");
        } catch (ProblemException | ConstraintViolationException e) {
            return screen.refused(id, e, in);
        }
    }

    @POST
    @Path("publish")
    @Operation(hidden = true)
    public Response publish(@PathParam("id") long id) {
        try {
            minutes.publish(id, new MinutesResource.PublishRequest(null));
            return Workspace.redirect("/app/meetings/" + id + "?saved=published#minutes");
        } catch (ProblemException | ConstraintViolationException e) {
            return screen.refused(id, e, new MeetingScreen.Input());
        }
    }
}

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
import la.rtp.tracker.meeting.MinutesRenderer;
import la.rtp.tracker.meeting.MinutesResource;
import la.rtp.tracker.meeting.MinutesService;
import la.rtp.tracker.web.Forms;
import la.rtp.tracker.web.Submission;

/**
 * The minutes editor: a preview rendered by the API's own renderer (nothing saved), saving (the
 * version shown is sent back, so a stale form is refused) and publishing.
 */
@Path("/app/meetings/{id}/minutes")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class MinutesPages {

    @Inject
    MeetingScreen screen;

    @Inject
    MinutesService minutes;

    /** {@code action=preview} shows the sanitised HTML without saving; any other action saves. */
    @POST
    public Response save(@PathParam("id") long id, @FormParam("body") String body,
            @FormParam("language") String language, @FormParam("version") String version,
            @FormParam("action") String action) {
        MeetingScreen.Input in = new MeetingScreen.Input().put("body", body == null ? "" : body)
                .put("language", language).put("version", version);
        if ("preview".equals(action)) {
            screen.requireWrite(id);
            in.preview = MinutesRenderer.render(body);
            return Submission.html(200, screen.page(id, in));
        }
        Forms parsed = screen.forms();
        Long v = parsed.number("version", version);
        if (!parsed.ok()) {
            return Submission.invalid(screen.page(id, in.errors(parsed.errors())));
        }
        return screen.submit(id, () -> minutes.save(id, new MinutesResource.MinutesRequest(body, language, v)),
                "/app/meetings/" + id + "?saved=minutes#minutes", in);
    }

    @POST
    @Path("publish")
    public Response publish(@PathParam("id") long id) {
        return screen.submit(id, () -> minutes.publish(id, new MinutesResource.PublishRequest(null)),
                "/app/meetings/" + id + "?saved=published#minutes", new MeetingScreen.Input());
    }
}

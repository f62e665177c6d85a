package la.rtp.tracker.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.security.AppUser;
import la.rtp.tracker.security.WorkspaceSessions;

/** Sign-out and the language switch, the two actions of the workspace's header. */
@Path("/app")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SessionActions {

    @Inject
    Workspace ws;

    @Inject
    WorkspaceSessions sessions;

    @Inject
    HttpServerRequest request;

    @Inject
    Audit audit;

    /** Ends every session of the user (on every device and replica), not only this browser's. */
    @POST
    @Path("logout")
    @Transactional
    public Response logout() {
        AppUser user = ws.user();
        if (user != null) {
            user.endSessions();
            audit.record("User", user.id, "sign-out", "Signed out of the workspace; every session of "
                    + user.username + " ended");
        }
        sessions.clear(request);
        return Response.seeOther(URI.create("/login?signedOut=true")).build();
    }

    /** Remembers {@code en} or {@code lo} on the user's account and goes back to the page. */
    @POST
    @Path("language")
    @Transactional
    public Response language(@FormParam("language") String language, @FormParam("back") String back) {
        AppUser user = ws.user();
        if (user != null && ("en".equals(language) || "lo".equals(language)) && !language.equals(user.language)) {
            audit.record("User", user.id, "language", "Workspace language of " + user.username + " changed from "
                    + user.language + " to " + language);
            user.language = language;
        }
        return Workspace.redirect(back);
    }
}

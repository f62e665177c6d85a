package la.rtp.tracker.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import la.rtp.tracker.security.AppUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Sign-out and the language switch, the two actions of the workspace's header. */
@Path("/app")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class SessionActions {

    @Inject
    SecurityIdentity identity;

    @Inject
    Workspace ws;

    @POST
    @Path("logout")
    @Operation(hidden = true)
    public Response logout() {
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(java.net.URI.create("/login?signedOut=true")).build();
    }

    /** Remembers {@code en} or {@code lo} on the user's account and goes back to the page. */
    @POST
    @Path("language")
    @Transactional
    @Operation(hidden = true)
    public Response language(@FormParam("language") String language, @FormParam("back") String back) {
        AppUser user = ws.user();
        if (user != null && ("en".equals(language) || "lo".equals(language))) {
            user.language = language;
        }
        return Workspace.redirect(back);
    }
}

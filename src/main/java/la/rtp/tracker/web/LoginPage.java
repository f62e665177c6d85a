package la.rtp.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The sign-in form. It posts to Quarkus form authentication ({@code /j_security_check}), which
 * checks the same users as the API and sets the encrypted session cookie.
 */
@Path("/login")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class LoginPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    @Inject
    Workspace ws;

    @GET
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("error") String error, @QueryParam("signedOut") String signedOut) {
        return ws.page(Templates.login(error != null, signedOut != null));
    }
}

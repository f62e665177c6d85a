package la.rtp.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.WorkspaceSessions;

/**
 * The sign-in form. It checks the same users, passwords and sign-in throttle as the API, starts a
 * session ({@link WorkspaceSessions}) and goes on to the page the user asked for.
 */
@Path("/login")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class LoginPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, String next);
    }

    @Inject
    Workspace ws;

    @Inject
    IdentityProviderManager identities;

    @Inject
    WorkspaceSessions sessions;

    @Inject
    RoutingContext routing;

    @GET
    public TemplateInstance form(@QueryParam("error") String error, @QueryParam("signedOut") String signedOut,
            @QueryParam("next") String next) {
        return ws.page(Templates.login(error != null, signedOut != null, Workspace.safePath(next)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next) {
        String target = Workspace.safePath(next);
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return failed(target);
        }
        SecurityIdentity identity;
        try {
            identity = identities.authenticateBlocking(HttpSecurityUtils.setRoutingContextAttribute(
                    new UsernamePasswordAuthenticationRequest(username.trim(), new PasswordCredential(password.toCharArray())),
                    routing));
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof Problems.TooManyRequests t) {
                    return Response.status(429).header("Retry-After", t.retryAfterSeconds())
                            .entity(ws.page(Templates.login(true, false, target))).build();
                }
                if (c instanceof AuthenticationFailedException) {
                    return failed(target);
                }
            }
            throw e;
        }
        sessions.start(routing.request(), identity);
        return Workspace.redirect(target);
    }

    private static Response failed(String next) {
        return Response.seeOther(java.net.URI.create("/login?error=true"
                + (next.equals("/app") ? "" : "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8))))
                .build();
    }
}

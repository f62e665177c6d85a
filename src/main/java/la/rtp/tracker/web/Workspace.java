package la.rtp.tracker.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.security.AppUser;

/**
 * What every workspace page needs of the current request: the signed-in user, the language and
 * the CSRF token. Templates reach it as {@code {inject:ws}}.
 */
@Named("ws")
@RequestScoped
public class Workspace {

    public static final Locale LAO = Locale.forLanguageTag("lo");

    @Inject
    SecurityIdentity identity;

    @Inject
    Access access;

    @Inject
    HttpServerRequest request;

    @Inject
    Csrf csrf;

    private AppUser user;

    /** The signed-in user, loaded once per request; null on the sign-in page. */
    public AppUser user() {
        if (user == null && !identity.isAnonymous()) {
            user = AppUser.findWithSwgs(identity.getPrincipal().getName()).orElse(null);
        }
        return user;
    }

    public String displayName() {
        AppUser u = user();
        return u == null ? "" : u.displayName;
    }

    public String role() {
        AppUser u = user();
        return u == null ? "" : u.role.name();
    }

    public boolean isSecretariat() {
        return access.isSecretariat();
    }

    /** SWG codes on the user's account (empty for the RTP secretariat, who sees all). */
    public Set<String> swgs() {
        return access.swgs();
    }

    /** Whether the user belongs to a role group ({@link Access#WRITE}, {@link Access#PLAN}, ...). */
    public boolean in(String group) {
        return identity.hasRole(group);
    }

    public boolean mayWrite(String swgCode) {
        return access.mayWrite(swgCode);
    }

    /** {@code en} or {@code lo}: the user's choice, or the browser's before sign-in. */
    public String lang() {
        AppUser u = user();
        if (u != null) {
            return u.language;
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("lo") ? "lo" : "en";
    }

    /** An SWG's name in the user's language (Lao when there is one). */
    public String name(la.rtp.tracker.swg.Swg swg) {
        return "lo".equals(lang()) && swg.nameLo != null ? swg.nameLo : swg.nameEn;
    }

    public Locale locale() {
        return "lo".equals(lang()) ? LAO : Locale.ENGLISH;
    }

    /** The token every form posts back as {@value Csrf#FIELD}. */
    public String csrf() {
        return csrf.token();
    }

    public String csrfField() {
        return Csrf.FIELD;
    }

    /**
     * The path of this request with its query, for "come back here" links and forms. After a
     * refused form post the page shown is the POST's answer, which cannot be fetched again, so
     * "here" is then the home page.
     */
    public String here() {
        if (!"GET".equals(request.method().name())) {
            return "/app";
        }
        String query = request.query();
        return request.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** Sets the user's language on a page template. */
    public TemplateInstance page(TemplateInstance template) {
        return template.setLocale(locale());
    }

    /** 303 See Other to a workspace path: the answer to every successful form post. */
    public static Response redirect(String path) {
        return Response.seeOther(URI.create(safePath(path))).build();
    }

    /**
     * Only well-formed paths inside the workspace are followed, so a posted "back" or "next" can
     * neither leave the site nor break the answer.
     */
    public static String safePath(String path) {
        if (path == null || !(path.equals("/app") || path.startsWith("/app/") || path.startsWith("/app?"))
                || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/app";
        }
        try {
            URI uri = new URI(path);
            return uri.isAbsolute() || uri.getRawAuthority() != null || !uri.getRawPath().equals(uri.normalize().getRawPath())
                    ? "/app" : path;
        } catch (URISyntaxException e) {
            return "/app";
        }
    }
}

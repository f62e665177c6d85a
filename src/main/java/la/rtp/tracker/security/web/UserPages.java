package la.rtp.tracker.security.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Role;
import la.rtp.tracker.security.UserResource.CreateUserRequest;
import la.rtp.tracker.security.UserResource.UserView;
import la.rtp.tracker.security.UserService;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.ErrorPages;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.HomeMessages;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;

/**
 * Users (RTP secretariat only): the list, the new-user form and deactivation. Changes go through
 * {@link UserService}, so the form keeps the API's rules; others get the 403 page.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserRow> users, Form form, List<Option> roles, List<Option> swgs,
                FormErrors errors, String saved, Paging paging);
    }

    /** Which users the list shows: the search, the page and the rows' place among all that match. */
    public record Paging(String q, long from, long to, long total, String previous, String next) {
        public boolean hasPrevious() {
            return previous != null;
        }

        public boolean hasNext() {
            return next != null;
        }
    }

    /** What the new-user form shows again after a refusal (never the password). */
    public record Form(String username, String displayName) {
        static final Form EMPTY = new Form("", "");
    }

    /** A choice of a select or a checkbox list. */
    public record Option(String value, String label, boolean checked) {
    }

    public record UserRow(long id, String username, String displayName, String role, String swgs, boolean active) {
        static UserRow of(UserView u) {
            return new UserRow(u.id(), u.username(), u.displayName(), u.role().name(), String.join(", ", u.swgs()),
                    u.active());
        }
    }

    @Inject
    Workspace ws;

    @Inject
    ErrorPages errors;

    @Inject
    Submission submission;

    @Inject
    UserService users;

    @GET
    @Path("users")
    public Response list(@QueryParam("saved") String saved, @QueryParam("q") String q,
            @QueryParam("page") Integer pageIndex) {
        if (!ws.isSecretariat()) {
            return forbidden();
        }
        return Submission.html(200, page(Form.EMPTY, null, List.of(), FormErrors.none(), saved, q,
                pageIndex == null || pageIndex < 0 ? 0 : pageIndex));
    }

    @POST
    @Path("users")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("password") String password, @FormParam("role") String role,
            @FormParam("swgs") List<String> swgs) {
        if (!ws.isSecretariat()) {
            return forbidden();
        }
        Form form = new Form(username == null ? "" : username, displayName == null ? "" : displayName);
        List<String> codes = swgs == null ? List.of() : swgs;
        Role parsed = parseRole(role);
        if (parsed == null) {
            return Submission.invalid(page(form, role, codes, FormErrors.field("role", words().choose_role()), null));
        }
        return submission.submit(
                () -> users.create(new CreateUserRequest(username, password, displayName, parsed, codes)),
                user -> "/app/users?saved=" + form.username().trim(),
                // The one conflict of a new account: the user name is taken.
                refusal -> page(form, role, codes, refusal.status() == 409
                        ? FormErrors.field("username", words().username_taken()) : refusal.errors(), null));
    }

    @POST
    @Path("users/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") Long id) {
        if (!ws.isSecretariat()) {
            return forbidden();
        }
        return submission.submit(() -> users.deactivate(id), user -> "/app/users?saved=deactivated",
                refusal -> page(Form.EMPTY, null, List.of(), refusal.errors(), null));
    }

    private TemplateInstance page(Form form, String role, List<String> codes, FormErrors errs, String saved) {
        return page(form, role, codes, errs, saved, null, 0);
    }

    /** One page of users ({@link PageView#MAX_SIZE} a page), those matching {@code q} when given. */
    private TemplateInstance page(Form form, String role, List<String> codes, FormErrors errs, String saved,
            String q, int pageIndex) {
        PageView<UserView> found = users.search(q, pageIndex, PageView.MAX_SIZE);
        List<UserRow> rows = found.items().stream().map(UserRow::of).toList();
        long from = found.total() == 0 ? 0 : (long) found.page() * found.size() + 1;
        String query = q == null ? "" : q.trim();
        String link = "/app/users?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)
                + "&page=";
        Paging paging = new Paging(query, from, from == 0 ? 0 : from + rows.size() - 1, found.total(),
                found.page() > 0 ? link + (found.page() - 1) : null,
                (long) (found.page() + 1) * found.size() < found.total() ? link + (found.page() + 1) : null);
        List<Option> roles = Arrays.stream(Role.values())
                .map(r -> new Option(r.name(), r.name(), r.name().equals(role))).toList();
        List<Option> swgs = Swg.topLevel().stream()
                .map(s -> new Option(s.code, ws.name(s), codes.contains(s.code))).toList();
        return ws.page(Templates.users(rows, form, roles, swgs, errs, saved, paging));
    }

    /** This bundle in the user's language, for messages the page itself puts next to a field. */
    private HomeMessages words() {
        return "lo".equals(ws.lang()) ? MessageBundles.get(HomeMessages.class, Localized.Literal.of("lo"))
                : MessageBundles.get(HomeMessages.class);
    }

    private Response forbidden() {
        return errors.page(new Problems.Forbidden("Only the RTP secretariat may manage users"));
    }

    private static Role parseRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package la.rtp.tracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Access.RTP)
public class UserResource {

    @AcceptablePassword
    public record CreateUserRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}",
                    message = "must be 3 to 64 lower-case letters, digits, dots, dashes or underscores") String username,
            @NotNull @Size(max = 1000) @Schema(minLength = Passwords.MIN_LENGTH, maxLength = Passwords.MAX_LENGTH,
                    description = "12 to 128 characters (not bytes); refused when it is a common password, a "
                            + "repetition or run of characters, or contains the username") String password,
            @NotBlank @SingleLine @Size(max = 200) String displayName,
            @NotNull Role role,
            List<@NotBlank String> swgs) implements AcceptablePassword.Choice {
    }

    public record UserView(long id, String username, String displayName, Role role, Set<String> swgs,
            boolean active, Instant createdAt, long version) {
        static UserView from(AppUser u) {
            return new UserView(u.id, u.username, u.displayName, u.role, new TreeSet<>(u.swgs), u.active,
                    u.createdAt, u.version);
        }
    }

    @Inject
    Audit audit;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @Operation(operationId = "createUser",
            summary = "Create a user (RTP secretariat only); SWG roles list the SWG codes they may write")
    public Response create(@Valid @NotNull CreateUserRequest request, UriInfo uri) {
        UserView user = create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.id())).build())
                .entity(user).build();
    }

    /** The rules of a new account; the workspace's user form calls this too. */
    @Transactional
    public UserView create(@Valid @NotNull CreateUserRequest request) {
        Set<String> swgs = request.swgs() == null ? Set.of() : new TreeSet<>(request.swgs());
        if (request.role().scoped() && swgs.isEmpty()) {
            throw new Problems.Invalid("swgs", "A " + request.role() + " must be given at least one SWG code");
        }
        if (!request.role().scoped() && !swgs.isEmpty()) {
            throw new Problems.Invalid("swgs", "A " + request.role() + " is not scoped to SWGs; leave swgs empty");
        }
        Set<String> unknown = Swg.unknownCodes(swgs);
        if (!unknown.isEmpty()) {
            throw new Problems.Invalid("swgs", "Unknown SWG codes: " + String.join(", ", unknown));
        }
        String username = request.username().trim();
        if (AppUser.findByUsername(username).isPresent()) {
            throw new Problems.Conflict("A user named '" + username + "' already exists");
        }
        AppUser user = new AppUser();
        user.username = username;
        user.displayName = request.displayName().trim();
        user.role = request.role();
        user.swgs = new TreeSet<>(swgs);
        user.passwordHash = Passwords.hash(request.password());
        user.createdAt = clock.instant();
        user.persist();
        audit.record("User", user.id, "create", "Created user " + username + " (" + user.role
                + (swgs.isEmpty() ? "" : " of " + String.join(", ", swgs)) + ")");
        return UserView.from(user);
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users (RTP secretariat only)")
    public PageView<UserView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        var q = AppUser.<AppUser>findAll(io.quarkus.panache.common.Sort.by("username"))
                .page(PageView.page(page, size));
        return new PageView<>(q.list(), q.page().index, q.page().size, q.count()).map(UserView::from);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "One user (RTP secretariat only)")
    public UserView get(@PathParam("id") Long id) {
        return UserView.from(find(id));
    }

    @POST
    @Path("{id}/deactivate")
    @Transactional
    @Operation(operationId = "deactivateUser",
            summary = "Deactivate a user: they can no longer sign in (RTP secretariat only)")
    public UserView deactivate(@PathParam("id") Long id) {
        AppUser user = find(id);
        if (!user.active) {
            throw new Problems.Conflict("User '" + user.username + "' is already inactive");
        }
        if (user.role == Role.RTP_SECRETARIAT && AppUser.countActiveSecretariat() <= 1) {
            throw new Problems.Conflict("'" + user.username + "' is the last active RTP secretariat user");
        }
        user.active = false;
        user.endSessions();
        audit.record("User", user.id, "deactivate", "Deactivated user " + user.username
                + "; every workspace session ended");
        return UserView.from(flushed(user));
    }

    @POST
    @Path("{id}/activate")
    @Transactional
    @Operation(operationId = "activateUser", summary = "Reactivate a user (RTP secretariat only)")
    public UserView activate(@PathParam("id") Long id) {
        AppUser user = find(id);
        if (user.active) {
            throw new Problems.Conflict("User '" + user.username + "' is already active");
        }
        user.active = true;
        audit.record("User", user.id, "activate", "Reactivated user " + user.username);
        return UserView.from(flushed(user));
    }

    private static AppUser find(Long id) {
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw new Problems.NotFound("User", id);
        }
        return user;
    }

    /** Flush so the answer carries the incremented version. */
    private static AppUser flushed(AppUser user) {
        AppUser.flush();
        return user;
    }
}

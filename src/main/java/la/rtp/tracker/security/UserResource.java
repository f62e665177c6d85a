package la.rtp.tracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import la.rtp.tracker.common.PageView;
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
    UserService users;

    @POST
    @Operation(operationId = "createUser",
            summary = "Create a user (RTP secretariat only); SWG roles list the SWG codes they may write")
    public Response create(@Valid @NotNull CreateUserRequest request, UriInfo uri) {
        UserView user = users.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.id())).build())
                .entity(user).build();
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users (RTP secretariat only)")
    public PageView<UserView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return users.list(page, size);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "One user (RTP secretariat only)")
    public UserView get(@PathParam("id") Long id) {
        return users.get(id);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(operationId = "deactivateUser",
            summary = "Deactivate a user: they can no longer sign in (RTP secretariat only)")
    public UserView deactivate(@PathParam("id") Long id) {
        return users.deactivate(id);
    }

    @POST
    @Path("{id}/activate")
    @Operation(operationId = "activateUser", summary = "Reactivate a user (RTP secretariat only)")
    public UserView activate(@PathParam("id") Long id) {
        return users.activate(id);
    }
}

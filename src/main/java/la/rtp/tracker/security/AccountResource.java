package la.rtp.tracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's own account: a person changes their password here. */
@Path("/api/v1/account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Access.READ)
public class AccountResource {

    public record ChangePasswordRequest(
            @NotNull @Size(max = 1000) String currentPassword,
            @NotNull @Size(max = 1000) @Schema(minLength = Passwords.MIN_LENGTH, maxLength = Passwords.MAX_LENGTH,
                    description = "12 to 128 characters (not bytes); refused when it is a common password, a "
                            + "repetition or run of characters, or contains the username") String newPassword) {
    }

    @Inject
    UserService users;

    /**
     * Changes the caller's password, which ends every workspace session of theirs (other devices
     * included); HTTP Basic clients use the new password from the next request on.
     */
    @POST
    @Path("password")
    @Operation(operationId = "changeOwnPassword",
            summary = "Change your own password; every workspace session of yours ends")
    public UserResource.UserView changePassword(@Valid @NotNull ChangePasswordRequest request) {
        return users.changeOwnPassword(request);
    }
}

package la.rtp.tracker.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
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
    SecurityIdentity identity;

    @Inject
    Audit audit;

    /**
     * Changes the caller's password, which ends every workspace session of theirs (other devices
     * included); HTTP Basic clients use the new password from the next request on.
     */
    @POST
    @Path("password")
    @Transactional
    @Operation(operationId = "changeOwnPassword",
            summary = "Change your own password; every workspace session of yours ends")
    public UserResource.UserView changePassword(@Valid @NotNull ChangePasswordRequest request) {
        AppUser user = AppUser.findByUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> new Problems.Forbidden("Only a user account has a password"));
        if (!Secrets.passwordMatches(request.currentPassword(), user.passwordHash)) {
            throw new Problems.Invalid("currentPassword", "is not your current password");
        }
        Passwords.refusal(request.newPassword(), user.username).ifPresent(refusal -> {
            throw new Problems.Invalid("newPassword", refusal.message());
        });
        if (request.newPassword().equals(request.currentPassword())) {
            throw new Problems.Invalid("newPassword", "must differ from the current password");
        }
        user.passwordHash = Passwords.hash(request.newPassword());
        user.endSessions();
        audit.record("User", user.id, "password", "Changed the password of " + user.username
                + "; every workspace session ended");
        AppUser.flush();
        return UserResource.UserView.from(user);
    }
}

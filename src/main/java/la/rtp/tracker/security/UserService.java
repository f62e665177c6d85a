package la.rtp.tracker.security;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.AccountResource.ChangePasswordRequest;
import la.rtp.tracker.security.UserResource.CreateUserRequest;
import la.rtp.tracker.security.UserResource.UserView;
import la.rtp.tracker.swg.Swg;

/**
 * User accounts: the RTP secretariat creates, lists, deactivates and reactivates them; every user
 * changes their own password. Each write runs in its own transaction and leaves an audit row;
 * deactivation and a password change end every workspace session of the user.
 */
@ApplicationScoped
public class UserService {

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identity;

    /** The rules of a new account: SWG codes exactly for the SWG roles, and known; a free username. */
    @Transactional
    @RolesAllowed(Access.RTP)
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

    @RolesAllowed(Access.RTP)
    public PageView<UserView> list(Integer page, Integer size) {
        var q = AppUser.<AppUser>findAll(Sort.by("username")).page(PageView.page(page, size));
        return new PageView<>(q.list(), q.page().index, q.page().size, q.count()).map(UserView::from);
    }

    /** Users whose user name or display name contains {@code q} (any case), by user name, paged. */
    @RolesAllowed(Access.RTP)
    public PageView<UserView> search(String q, Integer page, Integer size) {
        String needle = q == null ? "" : q.trim().toLowerCase(java.util.Locale.ROOT);
        if (needle.isEmpty()) {
            return list(page, size);
        }
        var query = AppUser.<AppUser>find("lower(username) like ?1 or lower(displayName) like ?1", Sort.by("username"),
                "%" + needle + "%").page(PageView.page(page, size));
        return new PageView<>(query.list(), query.page().index, query.page().size, query.count()).map(UserView::from);
    }

    @RolesAllowed(Access.RTP)
    public UserView get(Long id) {
        return UserView.from(find(id));
    }

    /** The user can no longer sign in, and every workspace session of theirs ends. */
    @Transactional
    @RolesAllowed(Access.RTP)
    public UserView deactivate(Long id) {
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

    @Transactional
    @RolesAllowed(Access.RTP)
    public UserView activate(Long id) {
        AppUser user = find(id);
        if (user.active) {
            throw new Problems.Conflict("User '" + user.username + "' is already active");
        }
        user.active = true;
        audit.record("User", user.id, "activate", "Reactivated user " + user.username);
        return UserView.from(flushed(user));
    }

    /**
     * Changes the caller's own password, which ends every workspace session of theirs (other
     * devices included); HTTP Basic clients use the new password from the next request on.
     */
    @Transactional
    @RolesAllowed(Access.READ)
    public UserView changeOwnPassword(@Valid @NotNull ChangePasswordRequest request) {
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
        return UserView.from(flushed(user));
    }

    private static AppUser find(Long id) {
        AppUser user = AppUser.findById(id);
        return Problems.found(user, "User", id);
    }

    /** Flush so the answer carries the incremented version. */
    private static AppUser flushed(AppUser user) {
        AppUser.flush();
        return user;
    }
}

package la.rtp.tracker.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import la.rtp.tracker.common.Caches;
import la.rtp.tracker.common.CurrentCache;

/**
 * Checks users' passwords and partners' tokens against the database. What a check reads is kept
 * while nothing is committed ({@link Accounts}), so a client that sends the same credentials on
 * every request costs no SQL; any change (a deactivated user, a revoked token) is seen at once.
 */
final class Identities {

    static final String SWGS = "swgs";
    static final String ORGANIZATION_ID = "organizationId";
    static final String PARTNER_TOKEN_ID = "partnerTokenId";

    private Identities() {
    }

    @ApplicationScoped
    static class Users implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        SignInThrottle throttle;

        @Inject
        Accounts accounts;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            // A client that keeps sending the same credentials: account and password check are
            // both known, so answer on the I/O thread, without a hop to a worker.
            String client = SignInThrottle.client(HttpSecurityUtils.getRoutingContextAttribute(request));
            Account known = accounts.known(request.getUsername());
            if (known != null && known.active()
                    && Secrets.remembered(new String(request.getPassword().getPassword()), known.hash())) {
                try {
                    throttle.admit(request.getUsername(), client);
                } catch (RuntimeException e) {
                    return Uni.createFrom().failure(e);
                }
                throttle.succeeded(request.getUsername(), client);
                return Uni.createFrom().item(identity(known));
            }
            return context.runBlocking(() -> {
                throttle.admit(request.getUsername(), client);
                String password = new String(request.getPassword().getPassword());
                Account account = accounts.user(request.getUsername());
                // An unknown or inactive user costs the same bcrypt check as a wrong password, so
                // that the time of the answer does not tell which usernames exist.
                boolean matches = account != null && account.active()
                        ? Secrets.passwordMatches(password, account.hash())
                        : nobody(password);
                if (!matches) {
                    throttle.failed(request.getUsername(), client);
                    throw new AuthenticationFailedException("Invalid username or password");
                }
                throttle.succeeded(request.getUsername(), client);
                return identity(account);
            });
        }
    }

    /**
     * The workspace's session cookie names a user who signed in by the form, and the user's
     * session version then. The account is read again on every request (or served from
     * {@link Accounts} while nothing has been committed since), so a deactivated user, a changed
     * role or a sign-out elsewhere takes effect at once.
     */
    @ApplicationScoped
    static class SessionUsers implements IdentityProvider<TrustedAuthenticationRequest> {

        @Inject
        Accounts accounts;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            Object version = request.getAttribute(WorkspaceAuthenticationMechanism.SESSION_VERSION);
            Object sessionId = request.getAttribute(WorkspaceAuthenticationMechanism.SESSION_ID);
            return context.runBlocking(() -> {
                Account account = accounts.user(request.getPrincipal());
                if (account == null || !account.active() || !(version instanceof Integer v)
                        || v != account.sessionVersion()) {
                    throw new AuthenticationFailedException("The session has ended");
                }
                return QuarkusSecurityIdentity.builder(identity(account))
                        .addAttribute(WorkspaceAuthenticationMechanism.SESSION_ID, sessionId).build();
            });
        }
    }

    private static boolean nobody(String password) {
        Passwords.matchNobody(password);
        return false;
    }

    static SecurityIdentity identity(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRole(account.role().name())
                .addRoles(Set.copyOf(account.role().groups()))
                .addAttribute(SWGS, account.swgs())
                .addAttribute(WorkspaceAuthenticationMechanism.SESSION_VERSION, account.sessionVersion())
                .build();
    }

    /** What authentication needs of a user, copied out of the persistence context. */
    record Account(String username, String hash, Role role, boolean active, Set<String> swgs, int sessionVersion) {
        /** The account with its SWG codes, in one statement; null for an unknown username. */
        static Account load(String username) {
            return QuarkusTransaction.joiningExisting().call(
                    () -> AppUser.findWithSwgs(username).map(Account::of).orElse(null));
        }

        static Account of(AppUser u) {
            return new Account(u.username, u.passwordHash, u.role, u.active, Set.copyOf(u.swgs), u.sessionVersion);
        }
    }

    /** Accounts and active tokens as last read, served again while the data is unchanged. */
    @ApplicationScoped
    static class Accounts {

        private final CurrentCache<String, Account> users;
        private final CurrentCache<String, TokenOwner> tokens;

        @Inject
        Accounts(Caches caches) {
            users = caches.current("accounts", 10_000);
            tokens = caches.current("partner-tokens", 10_000);
            caches.monitor("password-checks", Secrets.VERIFIED);
        }

        /** The account with its SWG codes; null for an unknown username. */
        Account user(String username) {
            return users.get(username, () -> Account.load(username));
        }

        /** The account as kept, if current; null when it must be read (which blocks). */
        Account known(String username) {
            return users.peek(username);
        }

        /** The active token as kept, if current; null when it must be read (which blocks). */
        TokenOwner knownToken(String hash) {
            return tokens.peek(hash);
        }

        /** The active token with this hash; null if none. */
        TokenOwner token(String hash) {
            return tokens.get(hash, () -> QuarkusTransaction.joiningExisting().call(() -> PartnerToken
                    .findActiveByHash(hash).map(t -> new TokenOwner(t.id, t.organizationId)).orElse(null)));
        }
    }

    record TokenOwner(long id, long organizationId) {
    }

    @ApplicationScoped
    static class Tokens implements IdentityProvider<TokenAuthenticationRequest> {

        @Inject
        Accounts accounts;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String hash = Secrets.sha256(request.getToken().getToken());
            TokenOwner known = accounts.knownToken(hash);
            if (known != null) {
                return Uni.createFrom().item(identity(known));
            }
            return context.runBlocking(() -> {
                TokenOwner found = accounts.token(hash);
                if (found == null) {
                    throw new AuthenticationFailedException("Unknown or revoked partner token");
                }
                return identity(found);
            });
        }

        private static SecurityIdentity identity(TokenOwner token) {
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("partner-token:" + token.id()))
                    .addRole(Role.PARTNER)
                    .addRoles(Set.copyOf(Role.PARTNER_GROUPS))
                    .addAttribute(PARTNER_TOKEN_ID, token.id())
                    .addAttribute(ORGANIZATION_ID, token.organizationId())
                    .build();
        }
    }
}

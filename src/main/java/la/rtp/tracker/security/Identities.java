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
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Checks users' passwords and partners' tokens against the database. */
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

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                throttle.admit(request.getUsername());
                String password = new String(request.getPassword().getPassword());
                Account account = Account.load(request.getUsername());
                if (account == null || !account.active() || !Secrets.passwordMatches(password, account.hash())) {
                    throttle.failed(request.getUsername());
                    throw new AuthenticationFailedException("Invalid username or password");
                }
                throttle.succeeded(request.getUsername());
                return identity(account);
            });
        }
    }

    /**
     * The workspace's session cookie names a user who signed in by the form. The account is read
     * again on every request, so a deactivated user or a changed role takes effect at once.
     */
    @ApplicationScoped
    static class SessionUsers implements IdentityProvider<TrustedAuthenticationRequest> {

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                Account account = Account.load(request.getPrincipal());
                if (account == null || !account.active()) {
                    throw new AuthenticationFailedException("The session's user is unknown or deactivated");
                }
                return identity(account);
            });
        }
    }

    static SecurityIdentity identity(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRole(account.role().name())
                .addAttribute(SWGS, account.swgs())
                .build();
    }

    /** What authentication needs of a user, copied out of the persistence context. */
    record Account(String username, String hash, Role role, boolean active, Set<String> swgs) {
        /** The account with its SWG codes, in one statement; null for an unknown username. */
        static Account load(String username) {
            return QuarkusTransaction.joiningExisting().call(
                    () -> AppUser.findWithSwgs(username).map(Account::of).orElse(null));
        }

        static Account of(AppUser u) {
            return new Account(u.username, u.passwordHash, u.role, u.active, Set.copyOf(u.swgs));
        }
    }

    @ApplicationScoped
    static class Tokens implements IdentityProvider<TokenAuthenticationRequest> {

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                String hash = Secrets.sha256(request.getToken().getToken());
                long[] found = QuarkusTransaction.joiningExisting().call(() -> PartnerToken.findActiveByHash(hash)
                        .map(t -> new long[] {t.id, t.organizationId}).orElse(null));
                if (found == null) {
                    throw new AuthenticationFailedException("Unknown or revoked partner token");
                }
                return QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("partner-token:" + found[0]))
                        .addRole(Role.PARTNER)
                        .addAttribute(PARTNER_TOKEN_ID, found[0])
                        .addAttribute(ORGANIZATION_ID, found[1])
                        .build();
            });
        }
    }
}

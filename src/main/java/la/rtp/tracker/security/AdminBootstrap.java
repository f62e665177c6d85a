package la.rtp.tracker.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.RtpConfig;
import org.jboss.logging.Logger;

/** On the first start with no users, creates {@code admin} (RTP secretariat). */
@ApplicationScoped
class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    RtpConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Audit audit;

    void onStart(@Observes StartupEvent event, Clock clock) {
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (password != null) {
            Passwords.refusal(password, "admin").ifPresent(why -> {
                throw new IllegalStateException("RTP_ADMIN_PASSWORD " + why.message());
            });
        }
        if (hasUsers()) {
            return;
        }
        String chosen = password != null ? password : Secrets.newPassword();
        try {
            boolean created = QuarkusTransaction.requiringNew().call(() -> {
                // SQL, not HQL: the first HQL statement loads and warms the query parser
                Number users = (Number) AppUser.getEntityManager()
                        .createNativeQuery("select count(*) from app_user").getSingleResult();
                if (users.longValue() > 0) {
                    return false;
                }
                AppUser admin = new AppUser();
                admin.username = "admin";
                admin.displayName = "RTP secretariat administrator";
                admin.role = Role.RTP_SECRETARIAT;
                admin.passwordHash = Passwords.hash(chosen);
                admin.createdAt = clock.instant();
                admin.persist();
                audit.recordBySystem("User", admin.id, "create", "Created user admin (" + admin.role
                        + ") at the first start");
                return true;
            });
            if (created && password == null) {
                LOG.warnf("Created user 'admin' with the generated password %s (shown once; set "
                        + "RTP_ADMIN_PASSWORD to choose it)", chosen);
            } else if (created) {
                LOG.info("Created user 'admin' with the password from RTP_ADMIN_PASSWORD");
            }
        } catch (RuntimeException e) {
            // Another replica created it at the same moment: its unique username wins.
            if (AppUser.findByUsernameInNewTransaction("admin").isEmpty()) {
                throw e;
            }
        }
    }

    /**
     * Whether any user exists, asked on a plain pooled connection: every start but the first ends
     * here, without starting the transaction manager and a Hibernate session (about 0.2 s of a
     * start, paid by the first request instead).
     */
    private boolean hasUsers() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from app_user")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the users: " + e.getMessage(), e);
        }
    }
}

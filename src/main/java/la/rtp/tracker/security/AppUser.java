package la.rtp.tracker.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import la.rtp.tracker.common.BaseEntity;

/** A person who signs in with HTTP Basic. Only a bcrypt hash of the password is stored. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean active = true;

    /** Carried by every workspace session; incremented to end them all (sign-out, password, deactivation). */
    @Column(name = "session_version")
    public int sessionVersion;

    /** The workspace language: {@code en} or {@code lo}. */
    public String language = "en";

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_swg", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "swg_code")
    public Set<String> swgs = new TreeSet<>();

    /** Ends every workspace session of this user, on every replica. */
    public void endSessions() {
        sessionVersion++;
    }

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The user with their SWG codes in one statement: what every authenticated request reads. */
    public static Optional<AppUser> findWithSwgs(String username) {
        return find("from AppUser u left join fetch u.swgs where u.username = ?1", username).singleResultOptional();
    }

    public static Optional<AppUser> findByUsernameInNewTransaction(String username) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> findByUsername(username));
    }

    public static long countActiveSecretariat() {
        return count("role = ?1 and active = true", Role.RTP_SECRETARIAT);
    }
}

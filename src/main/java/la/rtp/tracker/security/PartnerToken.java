package la.rtp.tracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import la.rtp.tracker.common.BaseEntity;

/** A development partner's read-only API token; only its SHA-256 hash is stored. */
@Entity
@Table(name = "partner_token")
public class PartnerToken extends BaseEntity {

    public String name;

    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public static Optional<PartnerToken> findActiveByHash(String hash) {
        return find("tokenHash = ?1 and revokedAt is null", hash).firstResultOptional();
    }
}

package la.rtp.tracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;

/**
 * Records a write in the audit log, inside the caller's transaction (mandatory).
 *
 * <p>It is also the writing services' clock: {@link #now()} and {@link #today()} read the same
 * {@link Clock} that stamps the audit entry, so that a row's {@code createdAt}/{@code updatedAt}
 * and its audit entry agree, and a service that writes needs only {@code Access} and {@code Audit}.
 */
@ApplicationScoped
public class Audit {

    /** The actor of writes no user asked for (the first start's {@code admin}). */
    public static final String SYSTEM = "system";

    private static final int SUMMARY_MAX = 1000;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /** The present instant, to stamp what a write changes. */
    public Instant now() {
        return clock.instant();
    }

    /** Today's date in the project's time zone ({@link Time#ZONE}). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Time.ZONE));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, String summary) {
        write(access.actor(), entityType, entityId, action, summary);
    }

    /** A write the service makes by itself, outside any request (no caller to ask). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String entityType, Object entityId, String action, String summary) {
        write(SYSTEM, entityType, entityId, action, summary);
    }

    private void write(String actor, String entityType, Object entityId, String action, String summary) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = clock.instant();
        e.actor = actor;
        e.entityType = entityType;
        e.entityId = String.valueOf(entityId);
        e.action = action;
        e.summary = summary.length() > SUMMARY_MAX ? summary.substring(0, SUMMARY_MAX - 1) + "…" : summary;
        e.persist();
    }
}

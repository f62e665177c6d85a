package la.rtp.tracker.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import la.rtp.tracker.common.Changes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The serialised JSON of minutes pages, keyed by their strong ETag, and, per query, which ETag
 * answers it now.
 *
 * <p>Bodies: the ETag is computed from the database ({@link MinutesFingerprint}) and changes
 * with anything the page shows, so a body is served only while it is still exactly what a fresh
 * load would give. A loaded page is kept only if the fingerprint taken after loading it equals
 * the one before (no write slipped in between). Bounded by bytes; least recently used pages go
 * first.
 *
 * <p>Queries: while {@link Changes} says nothing has been committed since a query's fingerprint
 * was taken, the fingerprint is still right, and the request is answered (200 or 304) without
 * any SQL. Any committed write, on this replica or (on PostgreSQL) another, starts afresh.
 */
@ApplicationScoped
public class MinutesPageCache {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "rtp.partner.page-cache-megabytes", defaultValue = "32")
    long megabytes;

    @Inject
    Changes changes;

    private final Map<String, Buffer> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    private static final int QUERIES = 10_000;
    private final Map<String, Known> queries = new ConcurrentHashMap<>();

    /** A query's answer as last fingerprinted, under the generation of the data it was taken from. */
    record Known(long generation, String etag, Instant lastModified) {
    }

    /** Returned by {@link #mark()} while the change counter cannot be trusted. */
    static final long UNTRUSTED = -1;

    /** The generation of the data, to read before fingerprinting; {@link #UNTRUSTED} if it cannot vouch. */
    long mark() {
        long generation = changes.generation();
        return changes.complete() ? generation : UNTRUSTED;
    }

    /** The current fingerprint of a query (by {@link MinutesQuery#describe()}), if known without SQL. */
    Known known(String query) {
        long generation = changes.generation();
        if (!changes.complete()) {
            return null;
        }
        Known known = queries.get(query);
        return known != null && known.generation() == generation ? known : null;
    }

    /** Keeps a query's fingerprint, taken after {@link #mark()}, if nothing was committed since. */
    void remember(String query, long mark, MinutesFingerprint fingerprint) {
        if (mark == UNTRUSTED || !changes.complete() || changes.generation() != mark) {
            return;
        }
        if (queries.size() >= QUERIES) {
            queries.clear();
        }
        queries.put(query, new Known(mark, fingerprint.etag(), fingerprint.lastModified()));
    }

    /** The body cached for this ETag, or null. */
    synchronized Buffer cached(String etag) {
        return pages.get(etag);
    }

    /** The body for this fingerprint: from the cache, or loaded, serialised and kept if still current. */
    Buffer body(MinutesFingerprint fingerprint, Supplier<Object> load, Supplier<MinutesFingerprint> recheck) {
        Buffer cached = cached(fingerprint.etag());
        if (cached != null) {
            return cached;
        }
        Buffer body = serialise(load.get());
        if (recheck.get().etag().equals(fingerprint.etag())) {
            put(fingerprint.etag(), body);
        }
        return body;
    }

    /**
     * The JSON in memory outside the heap, read-only: Vert.x writes such a buffer to the socket
     * as it is, every time (no copy per response, never released by a write); the garbage
     * collector frees it once no entry or response refers to it.
     */
    private Buffer serialise(Object value) {
        try {
            byte[] json = mapper.writeValueAsBytes(value);
            ByteBuffer direct = ByteBuffer.allocateDirect(json.length).put(json).flip();
            return Buffer.buffer(Unpooled.wrappedBuffer(direct.asReadOnlyBuffer()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A minutes page could not be written as JSON", e);
        }
    }

    private synchronized void put(String etag, Buffer body) {
        long limit = megabytes * 1024 * 1024;
        if (body.length() > limit) {
            return;
        }
        Buffer old = pages.put(etag, body);
        bytes += body.length() - (old == null ? 0 : old.length());
        var eldest = pages.entrySet().iterator();
        while (bytes > limit && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length();
            eldest.remove();
        }
    }

    /** Entries and bytes held, for tests and metrics. */
    synchronized long[] size() {
        return new long[] {pages.size(), bytes};
    }
}

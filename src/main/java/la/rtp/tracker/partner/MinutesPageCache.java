package la.rtp.tracker.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.util.function.Supplier;
import la.rtp.tracker.common.Caches;
import la.rtp.tracker.common.Changes;
import la.rtp.tracker.common.CurrentCache;
import la.rtp.tracker.common.RtpConfig;

/**
 * The serialised JSON of minutes pages, keyed by their strong ETag, and, per query, which ETag
 * answers it now.
 *
 * <p>Queries ({@code minutes-queries}, a {@link CurrentCache}): while {@link Changes} says
 * nothing has been committed since a query's fingerprint was taken, the fingerprint is still
 * right, and the request is answered (200 or 304) without any SQL. Any committed write, on this
 * replica or (on PostgreSQL) another, starts afresh.
 *
 * <p>Bodies ({@code minutes-pages}): the ETag is computed from the database
 * ({@link MinutesFingerprint}) and changes with anything the page shows, so a body kept under its
 * ETag stays exactly what a fresh load would give, whatever is committed later. A loaded page is
 * kept only if the fingerprint taken after loading it equals the one before (no write slipped in
 * between). Bounded by bytes ({@code rtp.partner.page-cache-megabytes}).
 */
@ApplicationScoped
public class MinutesPageCache {

    @Inject
    ObjectMapper mapper;

    @Inject
    RtpConfig config;

    @Inject
    Caches caches;

    private static final int QUERIES = 10_000;
    private CurrentCache<String, MinutesFingerprint> queries;
    private Cache<String, Buffer> pages;

    @PostConstruct
    void build() {
        queries = caches.current("minutes-queries", QUERIES);
        pages = caches.bounded("minutes-pages", Caches.builder()
                .maximumWeight(config.partner().pageCacheMegabytes() * 1024 * 1024)
                .weigher((String etag, Buffer body) -> body.length()));
    }

    /** The current fingerprint of a query (by {@link MinutesQuery#describe()}), if known without SQL. */
    MinutesFingerprint known(String query) {
        return queries.peek(query);
    }

    /** The current fingerprint of a query: as known, or taken from the database (and kept if still current). */
    MinutesFingerprint fingerprint(String query, Supplier<MinutesFingerprint> take) {
        return queries.get(query, take);
    }

    /** The body cached for this ETag, or null. */
    Buffer cached(String etag) {
        return pages.getIfPresent(etag);
    }

    /** The body for this fingerprint: from the cache, or loaded, serialised and kept if still current. */
    Buffer body(MinutesFingerprint fingerprint, Supplier<Object> load, Supplier<MinutesFingerprint> recheck) {
        Buffer cached = cached(fingerprint.etag());
        if (cached != null) {
            return cached;
        }
        Buffer body = serialise(load.get());
        if (recheck.get().etag().equals(fingerprint.etag())) {
            pages.put(fingerprint.etag(), body);
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
}

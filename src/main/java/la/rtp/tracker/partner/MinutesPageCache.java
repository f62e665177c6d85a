package la.rtp.tracker.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The serialised JSON of minutes pages, keyed by their strong ETag. The ETag is computed from
 * the database on every request ({@link MinutesFingerprint}) and changes with anything the page
 * shows, so a cached body is served only while it is still exactly what a fresh load would
 * give: invalidation needs no event and works across replicas. A loaded page is kept only if
 * the fingerprint taken after loading it equals the one before (no write slipped in between).
 * Bounded by entries and bytes; least recently used pages go first.
 */
@ApplicationScoped
public class MinutesPageCache {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "rtp.partner.page-cache-megabytes", defaultValue = "32")
    long megabytes;

    private final Map<String, byte[]> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** The body for this fingerprint: from the cache, or loaded, serialised and kept if still current. */
    byte[] body(MinutesFingerprint fingerprint, Supplier<Object> load, Supplier<MinutesFingerprint> recheck) {
        byte[] cached;
        synchronized (this) {
            cached = pages.get(fingerprint.etag());
        }
        if (cached != null) {
            return cached;
        }
        byte[] body = serialise(load.get());
        if (recheck.get().etag().equals(fingerprint.etag())) {
            put(fingerprint.etag(), body);
        }
        return body;
    }

    private byte[] serialise(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A minutes page could not be written as JSON", e);
        }
    }

    private synchronized void put(String etag, byte[] body) {
        long limit = megabytes * 1024 * 1024;
        if (body.length > limit) {
            return;
        }
        byte[] old = pages.put(etag, body);
        bytes += body.length - (old == null ? 0 : old.length);
        var eldest = pages.entrySet().iterator();
        while (bytes > limit && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** Entries and bytes held, for tests and metrics. */
    synchronized long[] size() {
        return new long[] {pages.size(), bytes};
    }
}

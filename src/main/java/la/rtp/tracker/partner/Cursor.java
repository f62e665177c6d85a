package la.rtp.tracker.partner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import la.rtp.tracker.common.Problems;

/**
 * A position in the published-minutes list: the (startsAt, meetingId) of the last item a client
 * received. Keyset, not offset, so that minutes published while a client pages neither repeat
 * nor shift items. Opaque to clients (base64url); the "v1" prefix lets the format change later.
 */
record Cursor(Instant startsAt, long meetingId) {

    private static final String PREFIX = "v1|";

    String encode() {
        String raw = PREFIX + startsAt + "|" + meetingId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for a missing cursor; 400 for one this server did not issue. */
    static Cursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value.trim()), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 3 || !raw.startsWith(PREFIX)) {
                throw new IllegalArgumentException(raw);
            }
            return new Cursor(Instant.parse(parts[1]), Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new Problems.BadRequest("cursor",
                    "cursor must be a nextCursor value from an earlier answer; start again without it");
        }
    }
}

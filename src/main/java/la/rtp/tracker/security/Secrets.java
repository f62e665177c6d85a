package la.rtp.tracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import la.rtp.tracker.common.Caches;

/**
 * Password checks remembered for a while ({@link Passwords} says what a password must be and
 * how it is hashed) and token hashing (SHA-256: partner tokens are 256 random bits, so a fast
 * hash is safe and allows lookup by hash).
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * bcrypt costs ~50 ms a check on purpose; a client sending the same credentials on every
     * request would pay it each time. Remember recent successful checks for a short while,
     * keyed by a digest of the stored hash and the password, so a changed hash never matches.
     * Only successful checks are remembered, each for {@link #REMEMBER} after it was made
     * (not renewed by use), and at most {@link #REMEMBER_MAX} of them: a flood of distinct
     * credentials evicts entries, it cannot grow the memory ({@code password-checks} in
     * {@code /q/metrics}, registered by {@link Identities.Accounts}).
     */
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int REMEMBER_MAX = 10_000;
    static final Cache<String, Boolean> VERIFIED = Caches.builder()
            .maximumSize(REMEMBER_MAX)
            .expireAfterWrite(REMEMBER)
            .recordStats()
            .build();

    private Secrets() {
    }

    static boolean passwordMatches(String password, String hash) {
        if (remembered(password, hash)) {
            return true;
        }
        boolean ok = Passwords.matches(password, hash);
        if (ok) {
            VERIFIED.put(key(password, hash), Boolean.TRUE);
        }
        return ok;
    }

    /** True if this password was checked against this hash a short while ago; never runs bcrypt. */
    static boolean remembered(String password, String hash) {
        return VERIFIED.getIfPresent(key(password, hash)) != null;
    }

    private static String key(String password, String hash) {
        return sha256(hash + '\u0000' + password);
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "swgt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package la.rtp.tracker.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a password must be, and how it is kept (OWASP ASVS 4.0, section 2.1): 12 to 128 characters
 * counted as a reader counts them (a Lao letter is one), every character counts, no composition
 * rules; refused when it is one of the 30,000 most common passwords, one character or a short unit
 * repeated, a run of consecutive characters, or contains the username.
 *
 * <p>bcrypt reads at most 72 bytes, and a Lao character takes three: so the password's SHA-256
 * digest, Base64-encoded (44 bytes), is what bcrypt hashes, and the stored hash says so by its
 * prefix. Hashes of plain bcrypt, made before, are still checked as they were.
 */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String PREFIX = "$sha256-bcrypt$";
    private static final int BCRYPT_COST = 10;
    /** A hash of a password nobody has, checked for an unknown user so that the answer takes as long. */
    private static final String NOBODY = hash("no user has this password " + System.nanoTime());
    private static final Set<String> COMMON = common();
    private static final AtomicLong VERIFICATIONS = new AtomicLong();

    private Passwords() {
    }

    /** Why a password is refused; the message is Bean Validation's {@code ValidationMessages} entry. */
    enum Refusal {
        LENGTH, CHARACTERS, COMMON, PATTERN, USERNAME;

        String key() {
            return "rtp.password." + name().toLowerCase(Locale.ROOT);
        }

        /** The English message, for the admin password given at start. */
        String message() {
            return ResourceBundle.getBundle("ValidationMessages", Locale.ROOT).getString(key());
        }
    }

    /** Why this password may not be chosen by this user, or empty when it may. */
    static Optional<Refusal> refusal(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of(Refusal.LENGTH);
        }
        if (!validUnicode(password)) {
            return Optional.of(Refusal.CHARACTERS);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of(Refusal.COMMON);
        }
        if (repeated(lower) || consecutive(lower)) {
            return Optional.of(Refusal.PATTERN);
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.USERNAME);
        }
        return Optional.empty();
    }

    static String hash(String password) {
        return PREFIX + BcryptUtil.bcryptHash(digest(password), BCRYPT_COST);
    }

    /** Whether the password matches the stored hash (bcrypt, ~50 ms on purpose). */
    static boolean matches(String password, String hash) {
        VERIFICATIONS.incrementAndGet();
        if (hash.startsWith(PREFIX)) {
            return BcryptUtil.matches(digest(password), hash.substring(PREFIX.length()));
        }
        return BcryptUtil.matches(password, hash);
    }

    /** The same work as {@link #matches} for a username that has no account (or no usable one). */
    static void matchNobody(String password) {
        matches(password, NOBODY);
    }

    /** bcrypt verifications since start: lets tests see that every sign-in pays for one. */
    static long verifications() {
        return VERIFICATIONS.get();
    }

    private static String digest(String password) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** No C0 or C1 control character, no lone surrogate. */
    private static boolean validUnicode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** One unit of at most four characters, repeated: {@code aaaaaaaaaaaa}, {@code abcabcabcabc}. */
    static boolean repeated(String s) {
        for (int unit = 1; unit <= 4 && unit < s.length(); unit++) {
            boolean all = true;
            for (int i = unit; i < s.length() && all; i++) {
                all = s.charAt(i) == s.charAt(i - unit);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Every character the one after (or before) the previous: {@code abcdefghijkl}, {@code 987654321098}. */
    static boolean consecutive(String s) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < s.length(); i++) {
            int step = s.charAt(i) - s.charAt(i - 1);
            boolean digitWrap = Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i - 1));
            up += step == 1 || digitWrap && step == -9 ? 1 : 0;
            down += step == -1 || digitWrap && step == 9 ? 1 : 0;
        }
        return up == s.length() - 1 || down == s.length() - 1;
    }

    private static Set<String> common() {
        try {
            return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list is part of the build", e);
        }
    }
}

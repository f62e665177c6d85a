package la.rtp.tracker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Successful password checks are remembered briefly, in a bounded cache, and never outlive the hash they were made with. */
class SecretsTest {

    @Test
    void onlyASuccessfulCheckIsRememberedAndOnlyForThatHash() {
        String password = "correct horse battery staple " + System.nanoTime();
        String hash = Passwords.hash(password);
        assertFalse(Secrets.remembered(password, hash));
        assertFalse(Secrets.passwordMatches("wrong " + password, hash));
        assertFalse(Secrets.remembered("wrong " + password, hash), "a failed check is not remembered");
        assertTrue(Secrets.passwordMatches(password, hash));
        assertTrue(Secrets.remembered(password, hash));
        assertFalse(Secrets.remembered(password, Passwords.hash(password)), "a new hash (password changed) is checked afresh");
    }

    @Test
    void boundedInSizeAndTime() {
        var policy = Secrets.VERIFIED.policy();
        assertEquals(10_000, policy.eviction().orElseThrow().getMaximum());
        assertEquals(Duration.ofMinutes(5), policy.expireAfterWrite().orElseThrow().getExpiresAfter());
        assertTrue(policy.expireAfterAccess().isEmpty(), "use does not prolong it");
    }
}

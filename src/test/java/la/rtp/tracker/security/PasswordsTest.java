package la.rtp.tracker.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The password rules (OWASP ASVS 4.0, 2.1) and the hash that counts every byte. */
class PasswordsTest {

    @Test
    void lengthIsCountedInCharacters() {
        assertEquals(Optional.of(Passwords.Refusal.LENGTH), Passwords.refusal("k7#Tq9!mZ2x", "u"));
        assertEquals(Optional.empty(), Passwords.refusal("k7#Tq9!mZ2xw", "u"));
        // twelve Lao characters are 36 bytes but twelve characters
        assertEquals(Optional.empty(), Passwords.refusal("ສະບາຍດີລາວໜ້າ", "u"));
        assertEquals(Optional.of(Passwords.Refusal.LENGTH), Passwords.refusal("ສະບາຍດີລາວ", "u"));
        assertEquals(Optional.empty(), Passwords.refusal("x".repeat(100) + "y".repeat(28), "u"));
        assertEquals(Optional.of(Passwords.Refusal.LENGTH), Passwords.refusal("xy".repeat(64) + "z", "u"));
    }

    @Test
    void weakPasswordsAreRefused() {
        for (String weak : new String[] {"            ", "aaaaaaaaaaaa", "abababababab", "abcabcabcabc",
                "123412341234", "abcdefghijkl", "123456789012", "987654321098", "1234567890", "aaaaaaaaaa"}) {
            assertTrue(Passwords.refusal(weak, "someone").isPresent(), weak);
        }
        assertEquals(Optional.of(Passwords.Refusal.COMMON), Passwords.refusal("QWERTY123456", "u"));
        assertEquals(Optional.of(Passwords.Refusal.USERNAME), Passwords.refusal("my-health-sec-password", "health-sec"));
        assertEquals(Optional.of(Passwords.Refusal.CHARACTERS), Passwords.refusal("line\nbreak-password", "u"));
        assertEquals(Optional.of(Passwords.Refusal.CHARACTERS), Passwords.refusal("lone\uD800surrogate!", "u"));
        assertEquals(Optional.empty(), Passwords.refusal("correct horse battery staple", "u"));
    }

    @Test
    void everyByteCountsBeyondBcryptsSeventyTwo() {
        String base = "A".repeat(72);
        String hash = Passwords.hash(base + "x");
        assertTrue(Passwords.matches(base + "x", hash));
        assertFalse(Passwords.matches(base + "y", hash), "bytes after the 72nd count");
        String lao = "ລ".repeat(24);
        String laoHash = Passwords.hash(lao + "ກ");
        assertFalse(Passwords.matches(lao + "ຂ", laoHash), "the 25th Lao character counts");
        assertTrue(Passwords.hash("x-long-password").startsWith(Passwords.PREFIX));
    }

    @Test
    void hashesOfPlainBcryptMadeBeforeStillMatch() {
        String legacy = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash("an-older-password", 10);
        assertTrue(Passwords.matches("an-older-password", legacy));
        assertFalse(Passwords.matches("another-password", legacy));
    }

    @Test
    void unknownUsersCostTheSameBcryptCheck() {
        long before = Passwords.verifications();
        Passwords.matchNobody("whatever-was-typed");
        assertEquals(before + 1, Passwords.verifications());
    }
}

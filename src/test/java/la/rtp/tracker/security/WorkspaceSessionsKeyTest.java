package la.rtp.tracker.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The key that encrypts sessions is never written to the log, and a short one stops the start. */
class WorkspaceSessionsKeyTest {

    @Test
    void aGeneratedKeyIsNotLogged() {
        List<String> logged = new ArrayList<>();
        Logger logger = Logger.getLogger(WorkspaceSessions.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        try {
            new WorkspaceSessions(Optional.empty());
        } finally {
            logger.removeHandler(capture);
        }
        assertFalse(logged.isEmpty(), "the missing key is reported");
        Pattern secretLike = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");
        for (String line : logged) {
            assertFalse(secretLike.matcher(line).find(), "no key material in: " + line);
            assertTrue(line.contains("RTP_SESSION_KEY"), line);
        }
    }

    @Test
    void aShortKeyStopsTheStartNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new WorkspaceSessions(Optional.of("too-short")));
        assertTrue(e.getMessage().contains("RTP_SESSION_KEY"));
    }

    @Test
    void aCookieFromAnotherKeyIsNotRead() {
        WorkspaceSessions a = new WorkspaceSessions(Optional.of("a".repeat(16) + "-first-key-of-32-chars"));
        WorkspaceSessions b = new WorkspaceSessions(Optional.of("b".repeat(16) + "-other-key-of-32-chars"));
        assertFalse(a.csrfToken("s1").equals(b.csrfToken("s1")));
        assertTrue(a.csrfMatches("s1", a.csrfToken("s1")));
        assertFalse(a.csrfMatches("s2", a.csrfToken("s1")));
    }
}

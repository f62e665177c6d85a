package la.rtp.tracker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every English word of the workplan editor has a Lao one. */
class WorkplanMessagesTest {

    @Test
    void theLaoBundleHasEveryKeyAndTranslatesTheSentences() throws IOException {
        Properties en = load("messages/workplan.properties");
        Properties lo = load("messages/workplan_lo.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(lo.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).matches(".*[a-z]{4,}.*") && !key.equals("editor_title")) {
                assertNotEquals(en.getProperty(key), lo.getProperty(key), key + " is not translated");
            }
        }
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(
                WorkplanMessagesTest.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}

package la.rtp.tracker.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page renders in Lao with no English label left: each message bundle
 * {@code messages/X.properties} has an {@code X_lo.properties} with exactly the same keys, every
 * Lao value is filled in, differs from the English one and is written in Lao script, unless the
 * key is in {@link #NOT_TRANSLATED} with the reason. A Lao bundle that translates a library's
 * messages ({@link #LAO_ONLY}: Bean Validation's) names only keys the library has, and covers every
 * constraint the application uses. Plain JUnit, no Quarkus: it reads the files.
 */
class BundleKeysTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");

    /** "bundle.key" → why its Lao value may be the English one, or have no Lao script. */
    private static final Map<String, String> NOT_TRANSLATED = Map.of(
            "web.switch_language", "the button names the other language: 'English' on Lao pages");

    /**
     * Lao bundles whose English twin is not ours but a library's, on the classpath: bundle →
     * the English resource. Their keys must exist in it; they need not cover all of it.
     */
    private static final Map<String, String> LAO_ONLY = Map.of(
            "validation", "org/hibernate/validator/ValidationMessages.properties");

    /** Qute expressions and sections ({name}, {#when x}{#is 'CODE'}, {/when}): not words. */
    private static final Pattern QUTE = Pattern.compile("\\{[^{}]*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern LAO = Pattern.compile("\\p{InLao}");

    @Test
    void everyEnglishBundleHasALaoBundleWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> english = bundles();
        assertFalse(english.isEmpty(), "no bundles under " + MESSAGES.toAbsolutePath());
        for (Path en : english) {
            Path lo = laoOf(en);
            if (!Files.exists(lo)) {
                problems.add(en.getFileName() + ": no " + lo.getFileName());
                continue;
            }
            Properties enValues = load(en);
            Properties loValues = load(lo);
            TreeSet<String> missing = new TreeSet<>(enValues.stringPropertyNames());
            missing.removeAll(loValues.stringPropertyNames());
            TreeSet<String> extra = new TreeSet<>(loValues.stringPropertyNames());
            extra.removeAll(enValues.stringPropertyNames());
            if (!missing.isEmpty()) {
                problems.add(lo.getFileName() + " misses " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(lo.getFileName() + " has keys that " + en.getFileName() + " lacks: " + extra);
            }
        }
        try (Stream<Path> files = Files.list(MESSAGES)) {
            files.filter(p -> p.getFileName().toString().endsWith("_lo.properties"))
                    .filter(p -> !Files.exists(englishOf(p)) && !LAO_ONLY.containsKey(bundleName(englishOf(p))))
                    .forEach(p -> problems.add(p.getFileName() + " has no English bundle " + englishOf(p).getFileName()));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aLaoBundleOfALibrarysMessagesNamesItsKeysAndCoversEveryConstraintWeUse() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : LAO_ONLY.entrySet()) {
            Properties english = english(e.getKey());
            Properties lao = load(MESSAGES.resolve(e.getKey() + "_lo.properties"));
            TreeSet<String> unknown = new TreeSet<>(lao.stringPropertyNames());
            unknown.removeAll(english.stringPropertyNames());
            if (!unknown.isEmpty()) {
                problems.add(e.getKey() + "_lo.properties has keys that " + e.getValue() + " lacks: " + unknown);
            }
        }
        // every Bean Validation constraint the application uses has its Lao message
        Properties validation = load(MESSAGES.resolve("validation_lo.properties"));
        Pattern constraint = Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);");
        TreeSet<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                constraint.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        for (String name : used) {
            if (!validation.containsKey("jakarta.validation.constraints." + name + ".message")) {
                problems.add("validation_lo.properties has no Lao message for @" + name + ", which the application uses");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyLaoValueIsFilledInAndTranslated() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> bundles = new ArrayList<>(bundles().stream().map(BundleKeysTest::bundleName).toList());
        bundles.addAll(LAO_ONLY.keySet());
        for (String bundle : bundles) {
            Path lo = MESSAGES.resolve(bundle + "_lo.properties");
            if (!Files.exists(lo)) {
                continue; // reported by the test above
            }
            Properties enValues = english(bundle);
            Properties loValues = load(lo);
            for (String key : new TreeSet<>(loValues.stringPropertyNames())) {
                String value = loValues.getProperty(key).strip();
                String english = enValues.getProperty(key, "").strip();
                if (value.isEmpty()) {
                    problems.add(bundle + "." + key + ": the Lao value is empty");
                } else if (NOT_TRANSLATED.containsKey(bundle + "." + key)) {
                    continue;
                } else if (value.equals(english) && LETTER.matcher(words(value)).find()) {
                    problems.add(bundle + "." + key + ": the Lao value is the English one: " + value);
                } else if (LETTER.matcher(words(value)).find() && !LAO.matcher(words(value)).find()) {
                    problems.add(bundle + "." + key + ": the Lao value has no Lao script: " + value);
                }
            }
        }
        assertTrue(problems.isEmpty(), "Untranslated Lao messages (translate them, or add the key to "
                + "NOT_TRANSLATED with the reason):\n" + String.join("\n", problems));
    }

    @Test
    void theWhitelistNamesKeysThatExist() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (String qualified : NOT_TRANSLATED.keySet()) {
            String bundle = qualified.substring(0, qualified.indexOf('.'));
            Path en = MESSAGES.resolve(bundle + ".properties");
            if (!Files.exists(en) || !load(en).containsKey(qualified.substring(bundle.length() + 1))) {
                unknown.add(qualified);
            }
        }
        assertTrue(unknown.isEmpty(), "NOT_TRANSLATED names keys that no bundle has: " + unknown);
    }

    /** The text a reader sees: the value without its Qute expressions. */
    private static String words(String value) {
        String previous;
        String text = value;
        do {
            previous = text;
            text = QUTE.matcher(text).replaceAll(" ");
        } while (!text.equals(previous));
        return text;
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().endsWith("_lo.properties"))
                    .sorted().toList();
        }
    }

    /** The English texts of a bundle: ours, or the library's for a Lao-only bundle. */
    private static Properties english(String bundle) throws IOException {
        String resource = LAO_ONLY.get(bundle);
        if (resource == null) {
            return load(MESSAGES.resolve(bundle + ".properties"));
        }
        Properties properties = new Properties();
        try (var in = BundleKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is not on the classpath");
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        // the messages of the application's own constraints sit beside the library's
        Path own = Path.of("src/main/resources/ValidationMessages.properties");
        if (Files.exists(own)) {
            properties.putAll(load(own));
        }
        return properties;
    }

    private static String bundleName(Path en) {
        String name = en.getFileName().toString();
        return name.substring(0, name.length() - ".properties".length());
    }

    private static Path laoOf(Path en) {
        return en.resolveSibling(bundleName(en) + "_lo.properties");
    }

    private static Path englishOf(Path lo) {
        String name = lo.getFileName().toString();
        return lo.resolveSibling(name.substring(0, name.length() - "_lo.properties".length()) + ".properties");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

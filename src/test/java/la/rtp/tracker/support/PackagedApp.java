package la.rtp.tracker.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Configures the packaged application that the {@code *IT} classes start (prod profile,
 * {@code target/quarkus-app}): a new H2 file database under {@code target/packaged-app} for each
 * run (instead of {@code ./data}) and the tests' admin password, given to it as system properties.
 */
public class PackagedApp implements QuarkusTestResourceLifecycleManager {

    static final Path DIR = Path.of("target", "packaged-app");

    @Override
    public Map<String, String> start() {
        try {
            if (Files.exists(DIR)) {
                try (Stream<Path> files = Files.walk(DIR)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + DIR, e);
        }
        String url = "jdbc:h2:file:" + DIR.toAbsolutePath().resolve("swg-tracker")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "rtp.admin.password", Api.ADMIN_PASSWORD);
    }

    @Override
    public void stop() {
    }
}

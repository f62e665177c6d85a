package la.rtp.tracker.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi/openapi.yaml} is the machine-readable contract: it must say
 * exactly what the service serves. The build rewrites it at {@code package}; this test runs
 * before that, so an endpoint added without regenerating and committing the file fails here.
 * The two are compared as YAML trees: the generator orders some keys differently at build time.
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedContractMatchesTheServedOne() throws IOException {
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
        JsonNode served = YAML.readTree(given().accept("application/yaml").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        assertEquals(committed, served, "openapi/openapi.yaml differs from /q/openapi: run "
                + "'./mvnw package -DskipTests' and commit openapi/");
    }
}

package la.rtp.tracker.web;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

/** The workspace's forms refuse control characters on the field, like the API. */
@QuarkusTest
class ControlCharacterFormsTest {

    @Test
    void aControlCharacterInAFormFieldIsShownBesideTheField() {
        WebSession web = WebSession.admin();
        web.post("/app/directory/organizations", Map.of("name", Api.unique("Bell\u0007org"), "acronym", "",
                "type", "NGO")).then().statusCode(422).body(containsString("id=\"e-name\""));
        web.post("/app/directory/people", Map.of("fullName", "Someone", "gender", "FEMALE",
                "position", "Director\r\nURL:x")).then().statusCode(422).body(containsString("id=\"e-position\""));
        web.post("/app/directory/organizations", Map.of("name", Api.unique("Plain org"), "acronym", "",
                "type", "NGO")).then().statusCode(303);
    }
}

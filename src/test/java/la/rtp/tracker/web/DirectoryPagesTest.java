package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectoryPagesTest {

    private static int organizationsNamed(String name) {
        return admin().queryParam("q", name).get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.name == '" + name + "' }").size();
    }

    @Test
    void aSecretariatAddsAnOrganisationAndAPersonThroughTheForms() {
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", "health"));
        web.get("/app/directory").then().statusCode(200).body(containsString("<html lang=\"en\""),
                containsString("id=\"organization-form\""), containsString("id=\"person-form\""));
        String name = Api.unique("Ministry of Health");
        web.post("/app/directory/organizations", Map.of("name", name, "acronym", "MOH", "type", "GOVERNMENT"))
                .then().statusCode(303).header("Location", containsString("/app/directory?added="));
        assertEquals(1, organizationsNamed(name));
        long org = admin().queryParam("q", name).get("/api/v1/organizations").jsonPath().getLong("items[0].id");

        String person = Api.unique("Ms Vilayvanh");
        web.post("/app/directory/people", Map.of("fullName", person, "gender", "FEMALE",
                "organizationId", String.valueOf(org), "position", "Director", "email", "")).then().statusCode(303);
        admin().queryParam("q", person).get("/api/v1/people").then().statusCode(200)
                .body("items[0].organizationId", equalTo((int) org))
                .body("items[0].gender", equalTo("FEMALE"));
        web.get("/app/directory?q=" + person).then().body(containsString(person), containsString(name));
    }

    @Test
    void refusedFormsKeepTheInputShowTheReasonBesideTheFieldAndSaveNothing() {
        WebSession web = WebSession.signIn(Api.user("SWG_CHAIR", "education"));
        String name = Api.unique("Duplicate Org");
        web.post("/app/directory/organizations", Map.of("name", name, "acronym", "", "type", "NGO"))
                .then().statusCode(303);
        web.post("/app/directory/organizations", Map.of("name", " " + name.toUpperCase() + " ", "acronym", "",
                "type", "NGO")).then().statusCode(422).body(containsString("already exists"));
        assertEquals(1, organizationsNamed(name));

        web.post("/app/directory/organizations", Map.of("name", "", "acronym", "X", "type", "NGO"))
                .then().statusCode(422).body(containsString("id=\"e-name\""), containsString("value=\"X\""));
        web.post("/app/directory/people", Map.of("fullName", "Someone", "gender", "FEMALE", "email", "not-an-email"))
                .then().statusCode(422).body(containsString("id=\"e-email\""), containsString("value=\"Someone\""));
        web.post("/app/directory/people", Map.of("fullName", "Someone", "gender", "")).then().statusCode(422)
                .body(containsString("id=\"e-gender\""));
    }

    @Test
    void inLaoTheFormsAndTheirErrorsAreInLao() {
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", "health"));
        web.post("/app/language", Map.of("language", "lo", "back", "/app/directory")).then().statusCode(303);
        web.get("/app/directory").then().statusCode(200).body(containsString("<html lang=\"lo\""),
                containsString("ເພີ່ມອົງການ"));
        web.post("/app/directory/organizations", Map.of("name", "", "type", "NGO")).then().statusCode(422)
                .body(containsString("ຕ້ອງບໍ່ຫວ່າງເປົ່າ"), not(containsString("must not be blank")));
        // the API keeps answering in English
        admin().body(Map.of("name", "", "type", "NGO")).post("/api/v1/organizations").then().statusCode(422)
                .body(containsString("must not be blank"));
    }

    @Test
    void aViewerReadsButCannotAdd() {
        WebSession web = WebSession.signIn(Api.user("VIEWER"));
        web.get("/app/directory").then().statusCode(200).body(not(containsString("id=\"organization-form\"")));
        String name = Api.unique("Viewer Org");
        web.post("/app/directory/organizations", Map.of("name", name, "type", "NGO")).then().statusCode(403);
        assertEquals(0, organizationsNamed(name));
    }

    @Test
    void withoutTheCsrfFieldNothingIsAdded() {
        WebSession web = WebSession.admin();
        String name = Api.unique("Forged Org");
        web.postRaw("/app/directory/organizations", Map.of("name", name, "type", "NGO")).then().statusCode(403);
        assertEquals(0, organizationsNamed(name));
    }
}

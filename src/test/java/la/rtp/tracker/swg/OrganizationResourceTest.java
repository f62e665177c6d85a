package la.rtp.tracker.swg;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static la.rtp.tracker.support.Api.as;
import static la.rtp.tracker.support.Api.partner;
import static la.rtp.tracker.support.Api.unique;
import static la.rtp.tracker.support.Api.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    @Test
    void createTrimsTheNameAndReadsBack() {
        String name = unique("World Health Organization");
        int id = admin().body(Map.of("name", "  " + name.replace(" ", "   ") + " ", "acronym", " WHO ",
                "type", "DEVELOPMENT_PARTNER")).post("/api/v1/organizations").then().statusCode(201)
                .contentType("application/json").header("Location", containsString("/api/v1/organizations/"))
                .body("name", equalTo(name)).body("acronym", equalTo("WHO"))
                .body("type", equalTo("DEVELOPMENT_PARTNER")).body("version", equalTo(0))
                .extract().path("id");
        admin().get("/api/v1/organizations/" + id).then().statusCode(200).body("name", equalTo(name));
        admin().get("/api/v1/organizations/999999999").then().statusCode(404)
                .contentType("application/problem+json").body("type", containsString("not-found"));
    }

    @Test
    void theSameNameIgnoringCaseAndSpacingIs409() {
        String name = unique("Embassy of Japan");
        admin().body(Map.of("name", name, "type", "DEVELOPMENT_PARTNER")).post("/api/v1/organizations")
                .then().statusCode(201);
        admin().body(Map.of("name", " " + name.toUpperCase().replace(" ", "  "), "type", "DEVELOPMENT_PARTNER"))
                .post("/api/v1/organizations").then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("conflict")).body("detail", containsString(name));
        int other = admin().body(Map.of("name", unique("Embassy"), "type", "DEVELOPMENT_PARTNER"))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        admin().body(Map.of("name", name.toLowerCase(), "type", "DEVELOPMENT_PARTNER", "version", 0))
                .put("/api/v1/organizations/" + other).then().statusCode(409);
    }

    @Test
    void invalidBodiesAre422Or400() {
        admin().body(Map.of("name", "   ", "type", "NGO")).post("/api/v1/organizations").then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("validation"))
                .body("errors.field", hasItem("name"));
        admin().body(Map.of("name", "N".repeat(301), "type", "NGO")).post("/api/v1/organizations").then()
                .statusCode(422).body("errors.field", hasItem("name"));
        admin().body(Map.of("name", unique("No type"))).post("/api/v1/organizations").then().statusCode(422)
                .body("errors.field", hasItem("type"));
        admin().body(Map.of("name", unique("Acronym"), "acronym", "A".repeat(41), "type", "NGO"))
                .post("/api/v1/organizations").then().statusCode(422).body("errors.field", hasItem("acronym"));
        admin().body(Map.of("name", unique("Bad type"), "type", "CHURCH")).post("/api/v1/organizations").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void updateWithVersionAndStaleVersionIs409() {
        long id = Api.organization("NGO");
        String renamed = unique("Renamed NGO");
        admin().body(Map.of("name", renamed, "type", "NPA", "version", 0)).put("/api/v1/organizations/" + id)
                .then().statusCode(200).body("name", equalTo(renamed)).body("type", equalTo("NPA"))
                .body("acronym", nullValue()).body("version", equalTo(1));
        admin().body(Map.of("name", renamed + " again", "type", "NPA", "version", 0))
                .put("/api/v1/organizations/" + id).then().statusCode(409).body("type", containsString("conflict"));
        admin().get("/api/v1/organizations/" + id).then().body("name", equalTo(renamed));
        admin().body(Map.of("name", renamed, "type", "NPA", "version", 1)).put("/api/v1/organizations/999999999")
                .then().statusCode(404);
    }

    @Test
    void listSearchesTheNameAndPages() {
        String prefix = unique("Searchable");
        for (String suffix : List.of("Alpha", "Bravo", "Charlie")) {
            admin().body(Map.of("name", prefix + " " + suffix, "type", "ACADEMIA")).post("/api/v1/organizations")
                    .then().statusCode(201);
        }
        admin().get("/api/v1/organizations?q={q}&size=2", prefix.toUpperCase()).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.name", equalTo(List.of(prefix + " Alpha", prefix + " Bravo")));
        admin().get("/api/v1/organizations?q={q}&size=2&page=1", prefix).then().statusCode(200)
                .body("items.name", equalTo(List.of(prefix + " Charlie")));
        admin().get("/api/v1/organizations?q={q}&type=NGO", prefix).then().body("items", hasSize(0));
        admin().get("/api/v1/organizations?size=0").then().statusCode(400);
        admin().get("/api/v1/organizations?page=abc").then().statusCode(400);
        admin().get("/api/v1/organizations").then().statusCode(200).body("size", equalTo(50)).body("page", equalTo(0));
    }

    @Test
    void writersCreateAndUpdateOthersAreRefused() {
        for (String writer : List.of(user("SWG_SECRETARIAT", "health"), user("SWG_CHAIR", "education"))) {
            String name = unique("By " + writer);
            int id = as(writer).body(Map.of("name", name, "type", "PRIVATE_SECTOR")).post("/api/v1/organizations")
                    .then().statusCode(201).extract().path("id");
            as(writer).body(Map.of("name", name, "acronym", "PS", "type", "PRIVATE_SECTOR", "version", 0))
                    .put("/api/v1/organizations/" + id).then().statusCode(200).body("acronym", equalTo("PS"));
            admin().get("/api/v1/audit?entityType=Organization&size=200").then().statusCode(200)
                    .body("items.findAll { it.entityId == '" + id + "' }.action", hasItems("create", "update"))
                    .body("items.find { it.entityId == '" + id + "' }.actor", equalTo(writer));
        }
        long id = Api.organization("NGO");
        String viewer = user("VIEWER");
        String token = (String) Api.partnerToken().get("token");
        Map<String, Object> body = Map.of("name", unique("Refused"), "type", "NGO", "version", 0);
        for (RequestSpecification refused : List.of(as(viewer), partner(token))) {
            refused.body(body).post("/api/v1/organizations").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        for (RequestSpecification refused : List.of(as(viewer), partner(token))) {
            refused.body(body).put("/api/v1/organizations/" + id).then().statusCode(403);
        }
        anonymous().body(body).post("/api/v1/organizations").then().statusCode(401);
        anonymous().body(body).put("/api/v1/organizations/" + id).then().statusCode(401);
        as(viewer).get("/api/v1/organizations/" + id).then().statusCode(200);
        admin().get("/api/v1/organizations?q={q}", body.get("name")).then().body("total", equalTo(0));
        admin().get("/api/v1/organizations/" + id).then().body("version", equalTo(0));
    }
}

package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NsedpPagesTest {

    private static int plans() {
        return admin().get("/api/v1/nsedp").then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void theRtpSecretariatEntersAPlanWithItsOutcomesOnePerLine() {
        WebSession web = WebSession.admin();
        web.get("/app/nsedp").then().statusCode(200).body(containsString("9th"), containsString("id=\"nsedp-form\""));
        int before = plans();
        web.post("/app/nsedp", Map.of("number", "47", "title", "47th NSEDP (test)", "startYear", "2171",
                "endYear", "2175", "outcomes", "Growth | ການເຕີບໂຕ\r\n\r\nHuman capital\n")).then().statusCode(303)
                .header("Location", containsString("/app/nsedp?added="));
        assertEquals(before + 1, plans());
        admin().get("/api/v1/nsedp").then().body("items.find { it.number == 47 }.outcomes.number", org.hamcrest.Matchers.contains(1, 2))
                .body("items.find { it.number == 47 }.outcomes[0].titleLo", org.hamcrest.Matchers.equalTo("ການເຕີບໂຕ"));
    }

    @Test
    void refusalsKeepTheInputAndSayWhyBesideTheField() {
        WebSession web = WebSession.admin();
        int before = plans();
        web.post("/app/nsedp", Map.of("number", "48", "title", "Overlapping", "startYear", "2022", "endYear", "2024",
                "outcomes", "Something")).then().statusCode(409).body(containsString("overlaps"),
                        containsString("value=\"Overlapping\""));
        web.post("/app/nsedp", Map.of("number", "x", "title", "T", "startYear", "20x", "endYear", "2180",
                "outcomes", "A")).then().statusCode(422).body(containsString("id=\"e-number\""),
                        containsString("id=\"e-startYear\""));
        web.post("/app/nsedp", Map.of("number", "49", "title", "No outcomes", "startYear", "2181", "endYear", "2185",
                "outcomes", "  \n ")).then().statusCode(422).body(containsString("id=\"e-outcomes\""));
        assertEquals(before, plans());
    }

    @Test
    void othersReadThePlansButMayNotEnterOne() {
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", "health"));
        web.get("/app/nsedp").then().statusCode(200).body(not(containsString("id=\"nsedp-form\"")));
        int before = plans();
        web.post("/app/nsedp", Map.of("number", "50", "title", "Not mine", "startYear", "2191", "endYear", "2195",
                "outcomes", "A")).then().statusCode(403);
        WebSession.admin().postRaw("/app/nsedp", Map.of("number", "51", "title", "No token", "startYear", "2196",
                "endYear", "2199", "outcomes", "A")).then().statusCode(403);
        assertEquals(before, plans());
    }
}

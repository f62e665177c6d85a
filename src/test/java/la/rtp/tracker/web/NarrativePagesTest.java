package la.rtp.tracker.web;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.WebSession;
import org.junit.jupiter.api.Test;

/** The narrative page: save and submit by the SWG, return and accept by the RTP secretariat. */
@QuarkusTest
class NarrativePagesTest {

    private static final int YEAR = 2024;

    private static Map<String, String> texts(String version, String achievementsEn, String achievementsLo) {
        Map<String, String> form = new HashMap<>();
        form.put("version", version);
        form.put("achievementsEn", achievementsEn);
        form.put("achievementsLo", achievementsLo);
        form.put("challengesEn", "");
        return form;
    }

    @Test
    void theSwgSavesAndSubmitsTheRtpSecretariatReturnsAndAccepts() {
        String code = Fixtures.swg();
        String page = "/app/swgs/" + code + "/narratives/" + YEAR;
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        web.get("/app/swgs/" + code).then().statusCode(200).body(containsString("href=\"/app/swgs/" + code
                + "/narratives/"));
        web.get(page).then().statusCode(200).body(containsString("id=\"narrative-form\""),
                containsString("Not started"), not(containsString("id=\"narrative-submit-form\"")));

        web.post(page, texts("", "Ten schools built", "ສ້າງໂຮງຮຽນ ສິບແຫ່ງ")).then().statusCode(303)
                .header("Location", containsString("done=saved"));
        admin().get("/api/v1/swgs/" + code + "/narratives/" + YEAR).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("achievementsEn", equalTo("Ten schools built"))
                .body("achievementsLo", equalTo("ສ້າງໂຮງຮຽນ ສິບແຫ່ງ")).body("challengesEn", equalTo(null));
        web.get(page + "?done=saved").then().statusCode(200).body(containsString("Saved."),
                containsString("Ten schools built"), containsString("name=\"version\" value=\"0\""),
                containsString("id=\"narrative-submit-form\""));
        // a stale version: 409, the typed text kept
        web.post(page, texts("5", "Stale text", "")).then().statusCode(409).body(containsString("Stale text"));
        web.post(page, texts("zero", "Bad version", "")).then().statusCode(422);
        web.post(page, texts("0", "Twelve schools built", "")).then().statusCode(303);

        web.post(page + "/submit", Map.of()).then().statusCode(303).header("Location",
                containsString("done=submitted"));
        web.get(page).then().body(containsString(">Submitted<"), not(containsString("id=\"narrative-form\"")),
                not(containsString("id=\"accept-form\"")), containsString("Twelve schools built"));
        web.post(page + "/accept", Map.of()).then().statusCode(403);

        WebSession rtp = WebSession.admin();
        rtp.get(page).then().body(containsString("id=\"accept-form\""), containsString("id=\"return-form\""));
        rtp.post(page + "/return", Map.of("reason", " ")).then().statusCode(422).body(containsString("id=\"e-reason\""));
        rtp.post(page + "/return", Map.of("reason", "Add the enrolment figures")).then().statusCode(303);
        web.get(page).then().body(containsString("Add the enrolment figures"), containsString("id=\"narrative-form\""));
        long version = admin().get("/api/v1/swgs/" + code + "/narratives/" + YEAR).then().extract().jsonPath()
                .getLong("version");
        web.post(page, texts(String.valueOf(version), "Twelve schools, 3,000 pupils", "")).then().statusCode(303);
        web.post(page + "/submit", Map.of()).then().statusCode(303);
        rtp.post(page + "/accept", Map.of()).then().statusCode(303).header("Location", containsString("done=accepted"));
        admin().get("/api/v1/swgs/" + code + "/narratives/" + YEAR).then().body("status", equalTo("ACCEPTED"))
                .body("history", hasSize(5)).body("acceptances", hasSize(1));

        web.post("/app/language", Map.of("language", "lo", "back", page)).then().statusCode(303);
        web.get(page).then().statusCode(200).body(containsString("<html lang=\"lo\""), containsString("ຮັບຮອງແລ້ວ"),
                containsString("ປະຫວັດ"));
    }

    @Test
    void othersMayReadButNotChangeAndTheCsrfFieldIsRequired() {
        String code = Fixtures.swg();
        String page = "/app/swgs/" + code + "/narratives/" + YEAR;
        WebSession web = WebSession.signIn(Api.user("SWG_SECRETARIAT", code));
        web.postRaw(page, texts("", "No token", "")).then().statusCode(403);
        web.post(page, texts("", "Ours", "")).then().statusCode(303);
        for (String user : List.of(Api.user("SWG_SECRETARIAT", "education"), Api.user("VIEWER"))) {
            WebSession other = WebSession.signIn(user);
            other.get(page).then().statusCode(200).body(containsString("Ours"),
                    not(containsString("id=\"narrative-form\"")), not(containsString("id=\"narrative-submit-form\"")));
            other.post(page, texts("0", "Intruder", "")).then().statusCode(403);
            other.post(page + "/submit", Map.of()).then().statusCode(403);
        }
        web.get("/app/swgs/no-such-swg/narratives/" + YEAR).then().statusCode(404);
        admin().get("/api/v1/swgs/" + code + "/narratives/" + YEAR).then().body("achievementsEn", equalTo("Ours"))
                .body("status", equalTo("DRAFT"));
    }
}

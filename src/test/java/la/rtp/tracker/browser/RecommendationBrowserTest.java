package la.rtp.tracker.browser;

import static la.rtp.tracker.browser.PageChecks.looksRight;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.recommendation.RtpMeetings;
import la.rtp.tracker.support.Api;
import la.rtp.tracker.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A recommendation from the RTP secretariat's meeting page to an SWG's answer, in Lao on a 360 px
 * phone: the admin records it on the agenda item of today's RTIM; once the minutes are published,
 * the addressed SWG's secretariat finds it on the recommendations page and accepts it with one of
 * its open action items. Every page passes {@link PageChecks} (no sideways scrolling).
 */
@QuarkusTest
@Tag("browser")
@ExtendWith(Screenshots.OnFailure.class)
class RecommendationBrowserTest {

    private static final String TEXT_LO = "ເຜີຍແຜ່ແຜນການເງິນຂອງຂະແໜງການ";

    private Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void theSecretariatRecommendsAndTheSwgAcceptsInLaoOnAPhone() {
        LocalDate today = LocalDate.now(Time.ZONE);
        String a = Fixtures.swg();
        String b = Fixtures.swg();
        long own = Fixtures.held(a, today.minusDays(1) + "T09:00:00+07:00");
        long action = Fixtures.actionItem(own, "Draft the financing plan", today.plusDays(90).toString());
        long rtim = RtpMeetings.rtim("Round Table Implementation Meeting", today, a, b);
        long item = RtpMeetings.agendaItem(rtim, "Review of the sector", a);
        String secretariat = Api.user("SWG_SECRETARIAT", a);

        browser.signIn("admin", Api.ADMIN_PASSWORD);
        browser.open("/app/meetings/" + rtim);
        browser.switchLanguage();
        browser.narrow();
        assertEquals("lo", browser.lang());
        looksRight(browser, "meeting-rtp-lo-360");
        browser.select("f-agendaItemId", Long.toString(item));
        browser.select("f-outcomeType", "RECOMMENDATION");
        browser.type("f-outcomeTextEn", "Publish the sector's financing plan");
        browser.type("f-outcomeTextLo", TEXT_LO);
        browser.check("f-outcomeSwgs-" + a);
        browser.set("f-outcomeDueDate", today.plusDays(120).toString());
        browser.submit("outcome-form");
        assertTrue(browser.pageText().contains(TEXT_LO), "the recommendation is listed under its agenda item");
        looksRight(browser, "meeting-outcome-lo-360");
        long rec = Api.admin().get("/api/v1/meetings/" + rtim + "/outcomes").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        browser.switchLanguage();
        browser.signOut();

        RtpMeetings.held(rtim);
        RtpMeetings.publishMinutes(rtim, today);

        browser.signIn(secretariat, Api.passwordOf(secretariat));
        browser.switchLanguage();
        browser.open("/app/recommendations");
        assertEquals("lo", browser.lang());
        assertTrue(browser.pageText().contains(TEXT_LO), "the SWG finds the recommendation, in Lao");
        looksRight(browser, "recommendations-lo-360");
        browser.submitting(() -> browser.find("#recommendation-" + rec + " h3 a").click());
        looksRight(browser, "recommendation-lo-360");
        browser.check("f-decision-" + a + "-ACCEPTED");
        browser.check("f-actionItemIds-" + a + "-" + action);
        browser.submit("answer-form-" + a);
        assertEquals("IN_PROGRESS", browser.find("#status-" + a).getAttribute("data-status"));
        looksRight(browser, "recommendation-answered-lo-360");
        Api.admin().get("/api/v1/recommendations/" + rec).then().statusCode(200)
                .body("addressees[0].swg", equalTo(a)).body("addressees[0].status", equalTo("IN_PROGRESS"));
    }
}

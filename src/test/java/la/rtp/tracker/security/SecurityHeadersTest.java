package la.rtp.tracker.security;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Security headers: a strict CSP on the HTML reports, nosniff/no-referrer/no-framing everywhere. */
@QuarkusTest
class SecurityHeadersTest {

    static final String CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Test
    void htmlReportsCarryTheContentSecurityPolicy() {
        for (String path : new String[] {"/reports/compliance", "/reports/progress", "/reports/compliance/health",
            "/reports/recommendations"}) {
            Response r = admin().accept("text/html").get(path + "?year=2025");
            r.then().statusCode(200).contentType(containsString("text/html"))
                    .header("Content-Security-Policy", equalTo(CSP))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY");
            // The policy allows no script at all; the pages must not need one.
            org.junit.jupiter.api.Assertions.assertFalse(r.asString().toLowerCase().contains("<script"), path);
        }
    }

    @Test
    void everyResponseIsNosniffAndUnframeable() {
        admin().get("/api/v1/swgs").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY").header("Content-Security-Policy", nullValue());
        anonymous().get("/api/v1/users").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
        anonymous().accept("text/html").get("/reports/compliance").then().statusCode(401)
                .header("Content-Security-Policy", not(nullValue()));
        anonymous().get("/q/health/ready").then().header("X-Content-Type-Options", "nosniff");
    }
}

package la.rtp.tracker.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Duration;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The settings as the service reads them at start: defaults written once in {@link RtpConfig},
 * values converted and checked there, and a bad one refused with a message naming it.
 */
class RtpConfigTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static RtpConfig build(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(RtpConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withDefaultValue("smallrye.config.mapping.validate-unknown", "false")
                .withSources(new io.smallrye.config.PropertiesConfigSource(values, "test", 500)).build();
        return config.getConfigMapping(RtpConfig.class);
    }

    private static String refusal(Map<String, String> values) {
        return assertThrows(RuntimeException.class, () -> build(values)).getMessage();
    }

    @Test
    void defaults() {
        RtpConfig c = build(Map.of());
        assertEquals(URI.create("http://localhost:8080/"), c.publicBaseUrl());
        assertEquals("Department of International Cooperation, Ministry of Planning and Investment",
                c.secretariat().name());
        assertEquals(Optional.empty(), c.session().key());
        assertEquals(Optional.empty(), c.admin().password());
        assertEquals(10, c.security().signIn().maxFailures());
        assertEquals(Duration.ofMinutes(15), c.security().signIn().window());
        assertEquals(600, c.partner().requestsPerMinute());
        assertEquals(32, c.partner().pageCacheMegabytes());
        assertEquals(MonthDay.of(3, 31), c.compliance().endorsementMonthDay());
        assertEquals(14, c.compliance().minutesPublicationDays());
        assertEquals(60, c.compliance().recommendationResponseDays());
        assertEquals(MonthDay.of(1, 31), c.workplan().deadline());
        assertEquals(Duration.ofSeconds(2), c.changes().reconnect());
    }

    @Test
    void valuesAreConverted() {
        RtpConfig c = build(Map.of("rtp.public-base-url", "HTTPS://tracker.example/rtp",
                "rtp.security.sign-in.window-minutes", "30", "rtp.workplan.deadline", " 02-29 ",
                "rtp.compliance.endorsement-month-day", "04-15", "rtp.changes.reconnect-seconds", "5",
                "rtp.session.key", "k".repeat(32)));
        assertEquals(URI.create("https://tracker.example/rtp/"), c.publicBaseUrl());
        assertEquals(Duration.ofMinutes(30), c.security().signIn().window());
        assertEquals(MonthDay.of(2, 29), c.workplan().deadline());
        assertEquals(MonthDay.of(4, 15), c.compliance().endorsementMonthDay());
        assertEquals(Duration.ofSeconds(5), c.changes().reconnect());
        assertEquals(Optional.of("k".repeat(32)), c.session().key());
    }

    @Test
    void anOutOfRangeValueStopsTheStartNamingItsVariable() {
        String message = refusal(Map.of("rtp.partner.requests-per-minute", "0"));
        assertTrue(message.contains("rtp.partner.requests-per-minute"), message);
        assertTrue(message.contains("RTP_PARTNER_REQUESTS_PER_MINUTE"), message);

        message = refusal(Map.of("rtp.security.sign-in.max-failures", "0", "rtp.security.sign-in.window-minutes", "0"));
        assertTrue(message.contains("RTP_SECURITY_SIGN_IN_MAX_FAILURES"), message);
        assertTrue(message.contains("RTP_SECURITY_SIGN_IN_WINDOW_MINUTES"), message);

        message = refusal(Map.of("rtp.compliance.recommendation-response-days", "367"));
        assertTrue(message.contains("RTP_COMPLIANCE_RECOMMENDATION_RESPONSE_DAYS"), message);

        message = refusal(Map.of("rtp.session.key", "too-short"));
        assertTrue(message.contains("RTP_SESSION_KEY"), message);
        assertTrue(!message.contains("too-short"), "the key is not repeated: " + message);
    }

    @Test
    void aValueThatDoesNotConvertStopsTheStartNamingIt() {
        String message = refusal(Map.of("rtp.workplan.deadline", "31-01"));
        assertTrue(message.contains("rtp.workplan.deadline"), message);
        assertTrue(message.contains("MM-DD"), message);

        message = refusal(Map.of("rtp.public-base-url", "tracker.example"));
        assertTrue(message.contains("RTP_PUBLIC_BASE_URL"), message);

        message = refusal(Map.of("rtp.security.sign-in.window-minutes", "15m"));
        assertTrue(message.contains("rtp.security.sign-in.window-minutes"), message);
        assertTrue(message.contains("whole number of minutes"), message);
    }
}

package la.rtp.tracker.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.MonthDay;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Every setting of the service under {@code rtp.*}, typed, with its default written here and
 * nowhere else, and checked when the service starts: a bad value stops the start with a message
 * naming the property (and, for the constraints, its environment variable). Each property
 * {@code rtp.x.y-z} is also read from the environment variable {@code RTP_X_Y_Z}. The table of all
 * settings is in {@code docs/configuration.md}.
 */
@ConfigMapping(prefix = "rtp")
public interface RtpConfig {

    /**
     * {@code RTP_PUBLIC_BASE_URL}: the absolute http(s) address users reach the service at; every
     * absolute URL the service emits is built from it (see {@link PublicBaseUrl}).
     */
    @WithDefault("http://localhost:8080")
    @WithConverter(ConfigConverters.PublicUrl.class)
    URI publicBaseUrl();

    Secretariat secretariat();

    Session session();

    Admin admin();

    Security security();

    Partner partner();

    Compliance compliance();

    Workplan workplan();

    Changes changes();

    interface Secretariat {
        /** {@code RTP_SECRETARIAT_NAME}: shown on reports and feeds (ministries get reorganised). */
        @WithDefault("Department of International Cooperation, Ministry of Planning and Investment")
        @NotBlank(message = "must not be blank (RTP_SECRETARIAT_NAME)")
        String name();
    }

    interface Session {
        /** The shortest session key accepted. */
        int MIN_KEY_LENGTH = 32;

        /**
         * {@code RTP_SESSION_KEY}: the secret of the workspace's session cookie, the same on every
         * replica. Unset: a random key per process.
         */
        Optional<@Size(min = MIN_KEY_LENGTH, message = "must have at least {min} characters (RTP_SESSION_KEY)")
                String> key();
    }

    interface Admin {
        /**
         * {@code RTP_ADMIN_PASSWORD}: the password of the first {@code admin}, used only while there
         * are no users; generated and logged once when unset. Checked by the password rules at start.
         */
        Optional<String> password();
    }

    interface Security {
        SignIn signIn();

        /** Back-off of failed sign-ins per username and client address. */
        interface SignIn {
            /** {@code RTP_SECURITY_SIGN_IN_MAX_FAILURES}: failures before that address must wait. */
            @WithDefault("10")
            @Min(value = 1, message = "must be at least {value} (RTP_SECURITY_SIGN_IN_MAX_FAILURES)")
            int maxFailures();

            /** {@code RTP_SECURITY_SIGN_IN_WINDOW_MINUTES}: the window failures are counted in, and the longest wait. */
            @WithName("window-minutes")
            @WithDefault("15")
            @WithConverter(ConfigConverters.Minutes.class)
            @DurationMin(minutes = 1, message = "must be at least 1 minute (RTP_SECURITY_SIGN_IN_WINDOW_MINUTES)")
            @DurationMax(days = 1, message = "must be at most 1440 minutes (RTP_SECURITY_SIGN_IN_WINDOW_MINUTES)")
            Duration window();
        }
    }

    interface Partner {
        /** {@code RTP_PARTNER_REQUESTS_PER_MINUTE}: requests a minute per partner token. */
        @WithDefault("600")
        @Min(value = 1, message = "must be at least {value} (RTP_PARTNER_REQUESTS_PER_MINUTE)")
        int requestsPerMinute();

        /** {@code RTP_PARTNER_PAGE_CACHE_MEGABYTES}: memory outside the heap for kept minutes pages. */
        @WithDefault("32")
        @Min(value = 0, message = "must be at least {value} (RTP_PARTNER_PAGE_CACHE_MEGABYTES)")
        @Max(value = 65_536, message = "must be at most {value} (RTP_PARTNER_PAGE_CACHE_MEGABYTES)")
        long pageCacheMegabytes();
    }

    interface Compliance {
        /** {@code RTP_COMPLIANCE_ENDORSEMENT_MONTH_DAY} (MM-DD): rule RTP-3's endorsement deadline. */
        @WithDefault("03-31")
        @WithConverter(ConfigConverters.MonthDays.class)
        MonthDay endorsementMonthDay();

        /** {@code RTP_COMPLIANCE_MINUTES_PUBLICATION_DAYS}: rule RTP-7's days to publish minutes. */
        @WithDefault("14")
        @Min(value = 0, message = "must be at least {value} (RTP_COMPLIANCE_MINUTES_PUBLICATION_DAYS)")
        @Max(value = 366, message = "must be at most {value} (RTP_COMPLIANCE_MINUTES_PUBLICATION_DAYS)")
        int minutesPublicationDays();

        /**
         * {@code RTP_COMPLIANCE_RECOMMENDATION_RESPONSE_DAYS}: rule RTP-11's days for an SWG to answer
         * a recommendation, counted from the publication of the RTP-level meeting's minutes.
         */
        @WithDefault("60")
        @Min(value = 0, message = "must be at least {value} (RTP_COMPLIANCE_RECOMMENDATION_RESPONSE_DAYS)")
        @Max(value = 366, message = "must be at most {value} (RTP_COMPLIANCE_RECOMMENDATION_RESPONSE_DAYS)")
        int recommendationResponseDays();
    }

    interface Workplan {
        /**
         * {@code RTP_WORKPLAN_DEADLINE} (MM-DD): the default submission deadline of a plan year; the
         * RTP secretariat can set another per year.
         */
        @WithDefault("01-31")
        @WithConverter(ConfigConverters.MonthDays.class)
        MonthDay deadline();
    }

    interface Changes {
        /** {@code RTP_CHANGES_RECONNECT_SECONDS}: PostgreSQL only, wait before reconnecting the change listener. */
        @WithName("reconnect-seconds")
        @WithDefault("2")
        @WithConverter(ConfigConverters.Seconds.class)
        @DurationMin(seconds = 1, message = "must be at least 1 second (RTP_CHANGES_RECONNECT_SECONDS)")
        Duration reconnect();
    }
}

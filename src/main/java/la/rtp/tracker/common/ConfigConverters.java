package la.rtp.tracker.common;

import java.net.URI;
import java.time.Duration;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Converters of {@link RtpConfig}'s values. A value that does not convert stops the start; the
 * configuration names the property in front of the message thrown here.
 */
public final class ConfigConverters {

    private ConfigConverters() {
    }

    /** A day of the year as {@code MM-DD}, e.g. {@code 01-31} (29 February becomes 28 in common years). */
    public static final class MonthDays implements Converter<MonthDay> {
        @Override
        public MonthDay convert(String value) {
            try {
                return MonthDay.parse("--" + value.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a day of the year as MM-DD, e.g. 01-31; got '" + value + "'");
            }
        }
    }

    /** A whole number of minutes. */
    public static final class Minutes implements Converter<Duration> {
        @Override
        public Duration convert(String value) {
            return Duration.ofMinutes(whole(value, "minutes"));
        }
    }

    /** A whole number of seconds. */
    public static final class Seconds implements Converter<Duration> {
        @Override
        public Duration convert(String value) {
            return Duration.ofSeconds(whole(value, "seconds"));
        }
    }

    /** The public base URL: absolute http(s), normalised to end with "/" ({@link PublicBaseUrl#parse}). */
    public static final class PublicUrl implements Converter<URI> {
        @Override
        public URI convert(String value) {
            try {
                return PublicBaseUrl.parse(value);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }
    }

    private static long whole(String value, String unit) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number of " + unit + "; got '" + value + "'");
        }
    }
}

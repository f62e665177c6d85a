package la.rtp.tracker.compliance;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Renders verdict details and rule names in English or Lao from
 * {@code compliance/messages*.properties} (UTF-8).
 *
 * <p>Arguments are formatted by type before {@link MessageFormat} sees them, so each language
 * decides how dates ({@code format.date}), periods ({@code period.*}) and roles ({@code role.*})
 * read; lists are joined with ", "; numbers stay numbers so that English plurals can use
 * {@code choice}. Any locale other than Lao gets English.
 */
public final class ComplianceMessages {

    public static final Locale LAO = Locale.forLanguageTag("lo");

    static final String BUNDLE = "compliance.messages";

    // Without this, a JVM started in Lao would answer English requests in Lao.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ComplianceMessages() {
    }

    /** The detail as a sentence in {@code locale}, e.g. "No regular meeting held in Q1, Q3". */
    public static String format(Detail detail, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Object[] args = detail.args().stream().map(arg -> formatArg(arg, bundle, locale)).toArray();
        return new MessageFormat(bundle.getString(detail.key()), locale).format(args);
    }

    /** The rule's name in {@code locale}, from {@code rule.<id>.name}. */
    public static String ruleName(String ruleId, Locale locale) {
        return bundle(locale).getString("rule." + ruleId + ".name");
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    private static Object formatArg(Object arg, ResourceBundle bundle, Locale locale) {
        if (arg instanceof List<?> list) {
            return list.stream()
                    .map(item -> String.valueOf(formatArg(item, bundle, locale)))
                    .collect(Collectors.joining(", "));
        }
        if (arg instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale)
                    .format(date);
        }
        if (arg instanceof Period period) {
            String pattern = bundle.getString("period." + period.code());
            Object[] year = {String.valueOf(period.year())};
            return new MessageFormat(pattern, locale).format(year);
        }
        if (arg instanceof Role role) {
            return bundle.getString("role." + role.name());
        }
        if (arg instanceof Year year) {
            return year.toString();
        }
        return arg;
    }
}

package la.rtp.tracker.workplan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.workplan.Currency;
import la.rtp.tracker.workplan.FundingSource;
import la.rtp.tracker.workplan.ProgressStatus;

/**
 * Turns the workplan forms' strings into values, collecting a message (in the user's language)
 * per field that does not parse. Rules on the values are the API's, not checked here.
 */
final class WorkplanFormParser {

    private static final Pattern MONEY = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final WorkplanMessages m;
    FormErrors errors = FormErrors.none();

    WorkplanFormParser(WorkplanMessages m) {
        this.m = m;
    }

    List<Integer> integers(String field, List<String> values) {
        List<Integer> parsed = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            Integer n = choice(field, v, Integer::valueOf);
            if (n != null) {
                parsed.add(n);
            }
        }
        return parsed;
    }

    Long id(String field, String value) {
        return choice(field, value, Long::valueOf);
    }

    Currency currency(String field, String value) {
        return choice(field, value, Currency::valueOf);
    }

    ProgressStatus status(String field, String value) {
        return choice(field, value, ProgressStatus::valueOf);
    }

    Integer integer(String field, String value) {
        return choice(field, value, Integer::valueOf);
    }

    /**
     * The organisation typed or picked from the form's list, by name (any case and spacing) or
     * acronym; null when blank; null and an error naming the text when no organisation has it.
     */
    Long funder(String field, String value) {
        if (ActivityForm.blank(value)) {
            return null;
        }
        String key = Organization.keyOf(value);
        Organization org = Organization.<Organization>find("nameKey = ?1 or lower(acronym) = ?1", key)
                .firstResultOptional().orElse(null);
        if (org == null) {
            errors = errors.and(FormErrors.field(field, m.unknown_funder(value.trim())));
            return null;
        }
        return org.id;
    }

    FundingSource source(String field, String value) {
        return choice(field, value, FundingSource::valueOf);
    }

    /** Null when blank; null and a "not a choice" error when {@code parse} refuses the trimmed value. */
    private <T> T choice(String field, String value, Function<String, T> parse) {
        try {
            return ActivityForm.blank(value) ? null : parse.apply(value.trim());
        } catch (IllegalArgumentException e) { // NumberFormatException is one
            errors = errors.and(FormErrors.field(field, m.not_a_choice()));
            return null;
        }
    }

    /** Thousands separators (commas, spaces, no-break spaces) are allowed: "25,000" and "25 000"; anything else is not a number. */
    BigDecimal money(String field, String value) {
        if (ActivityForm.blank(value)) {
            return null;
        }
        String plain = value.replaceAll("[\\s,\u00A0\u202F]", "");
        if (!MONEY.matcher(plain).matches()) {
            errors = errors.and(FormErrors.field(field, m.not_a_number()));
            return null;
        }
        return new BigDecimal(plain);
    }
}

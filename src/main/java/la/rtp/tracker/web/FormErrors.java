package la.rtp.tracker.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.DatabaseFailures;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.ProblemMapper;

/**
 * Why a form was refused, field by field, for showing each message next to its input. Field
 * names are the API's ({@code title}, {@code budget[0].plannedUsd}), so forms name their inputs
 * like the JSON fields and the same rules report on both. A problem without a field (a conflict,
 * say) becomes a general message shown above the form.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, String> byField;
    private final List<String> general;

    private FormErrors(Map<String, String> byField, List<String> general) {
        this.byField = byField;
        this.general = general;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** One error on one field, for input a page itself could not parse (a date, a number). */
    public static FormErrors field(String field, String message) {
        return new FormErrors(Map.of(field, message), List.of());
    }

    /**
     * Why the feature code refused a form: a domain problem or a constraint (field by field), a
     * version conflict, or two writers racing for the same unique value (a general message in the
     * user's language). Anything else is not the user's doing (a lost database connection, a
     * defect) and is thrown on, to the error page that says nothing was saved.
     */
    public static FormErrors from(RuntimeException e, java.util.Locale locale) {
        WebMessages words = io.quarkus.qute.i18n.MessageBundles.get(WebMessages.class,
                io.quarkus.qute.i18n.Localized.Literal.of(locale.toLanguageTag()));
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ProblemException p) {
                return p.status() >= 500 ? rethrow(e) : of(p);
            }
            if (c instanceof ConstraintViolationException v) {
                return of(v, locale);
            }
            if (c instanceof jakarta.persistence.OptimisticLockException || c instanceof org.hibernate.StaleStateException) {
                return new FormErrors(Map.of(), List.of(words.stale()));
            }
        }
        ProblemException database = DatabaseFailures.classify(e);
        if (database instanceof Problems.Conflict) {
            return new FormErrors(Map.of(), List.of(words.duplicate()));
        }
        return rethrow(e);
    }

    private static FormErrors rethrow(RuntimeException e) {
        throw e;
    }

    /** A message that belongs to no single field. */
    public static FormErrors general(String message) {
        return new FormErrors(Map.of(), List.of(message));
    }

    public static FormErrors of(ProblemException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.errors().forEach(error -> fields.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return new FormErrors(fields, fields.isEmpty() ? List.of(e.getMessage()) : List.of());
    }

    /** Field by field, in the signed-in user's language (English outside a request). */
    public static FormErrors of(ConstraintViolationException e) {
        var requestContext = io.quarkus.arc.Arc.container().requestContext();
        return of(e, requestContext.isActive()
                ? io.quarkus.arc.Arc.container().instance(Workspace.class).get().locale() : java.util.Locale.ENGLISH);
    }

    /**
     * Field by field, in the user's language: for Lao, a standard constraint's message comes from
     * {@code messages/validation_lo.properties} (the API's own messages stay English); a message
     * written on the constraint itself, or one not translated yet, is shown as it is.
     */
    public static FormErrors of(ConstraintViolationException e, java.util.Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            fields.merge(ProblemMapper.fieldName(v.getPropertyPath()), message(v, locale), (a, b) -> a + "; " + b);
        }
        return new FormErrors(fields, List.of());
    }

    private static final java.util.Properties LAO = new java.util.Properties();

    static {
        try (var in = FormErrors.class.getResourceAsStream("/messages/validation_lo.properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            LAO.load(reader);
        } catch (java.io.IOException | NullPointerException ex) {
            throw new IllegalStateException("messages/validation_lo.properties is part of the build", ex);
        }
    }

    static String message(ConstraintViolation<?> v, java.util.Locale locale) {
        String template = v.getMessageTemplate();
        if (!"lo".equals(locale.getLanguage()) || template == null || !template.startsWith("{")
                || !template.endsWith("}")) {
            return v.getMessage();
        }
        String lao = LAO.getProperty(template.substring(1, template.length() - 1));
        if (lao == null) {
            return v.getMessage();
        }
        for (Map.Entry<String, Object> attribute : v.getConstraintDescriptor().getAttributes().entrySet()) {
            lao = lao.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return lao;
    }

    /** Adds the errors of another refusal (several forms on one page, or a parse error and a rule). */
    public FormErrors and(FormErrors other) {
        Map<String, String> fields = new LinkedHashMap<>(byField);
        other.byField.forEach((k, v) -> fields.merge(k, v, (a, b) -> a + "; " + b));
        List<String> all = new ArrayList<>(general);
        all.addAll(other.general);
        return new FormErrors(fields, all);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field, or the empty string. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public Map<String, String> fields() {
        return byField;
    }

    /** Messages that belong to no single field. */
    public List<String> general() {
        return general;
    }
}

package la.rtp.tracker.common;

import java.util.List;

/** The domain's problem kinds. One small class each, so a throw site reads as a sentence. */
public final class Problems {

    private Problems() {
    }

    /** 404: the addressed resource does not exist. */
    public static final class NotFound extends ProblemException {
        public NotFound(String what, Object id) {
            super(what + " " + id + " does not exist", List.of());
        }

        public int status() {
            return 404;
        }

        public String slug() {
            return "not-found";
        }

        public String title() {
            return "Not found";
        }
    }

    /** 409: the request conflicts with the current state (duplicate, illegal transition). */
    public static final class Conflict extends ProblemException {
        public Conflict(String detail) {
            super(detail, List.of());
        }

        /** A conflict caused by one field's value (a duplicate username, say). */
        public Conflict(String detail, FieldError field) {
            super(detail, List.of(field));
        }

        public int status() {
            return 409;
        }

        public String slug() {
            return "conflict";
        }

        public String title() {
            return "Conflict with the current state";
        }
    }

    /** 422: well-formed but breaks a rule; names the fields at fault. */
    public static final class Invalid extends ProblemException {
        public Invalid(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }

        public Invalid(List<FieldError> errors) {
            super(errors.size() == 1 ? errors.get(0).message() : "The request breaks " + errors.size() + " rules",
                    errors);
        }

        public int status() {
            return 422;
        }

        public String slug() {
            return "validation";
        }

        public String title() {
            return "Invalid request";
        }
    }

    /** 428: an update without the {@code version} it was based on (it would overwrite blindly). */
    public static final class PreconditionRequired extends ProblemException {
        public PreconditionRequired(String field, String message) {
            super(message, List.of(new FieldError(field, message)));
        }

        public int status() {
            return 428;
        }

        public String slug() {
            return "precondition-required";
        }

        public String title() {
            return "Version required";
        }
    }

    /** 400: malformed input (a parameter that does not parse, an unreadable body). */
    public static final class BadRequest extends ProblemException {
        public BadRequest(String field, String message) {
            super(message, field == null ? List.of() : List.of(new FieldError(field, message)));
        }

        public int status() {
            return 400;
        }

        public String slug() {
            return "bad-request";
        }

        public String title() {
            return "Malformed request";
        }
    }

    /** 403: authenticated, but this caller may not do this. */
    public static final class Forbidden extends ProblemException {
        public Forbidden(String detail) {
            super(detail, List.of());
        }

        public int status() {
            return 403;
        }

        public String slug() {
            return "forbidden";
        }

        public String title() {
            return "Forbidden";
        }
    }

    /** 429: the caller exceeded its request quota; {@code Retry-After} says when to come back. */
    public static final class TooManyRequests extends ProblemException {
        private final long retryAfterSeconds;

        public TooManyRequests(String detail, long retryAfterSeconds) {
            super(detail, List.of());
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        public int status() {
            return 429;
        }

        public String slug() {
            return "too-many-requests";
        }

        public String title() {
            return "Too many requests";
        }
    }

    /**
     * 503: the database could not be reached (a lost or closed connection, an exhausted pool).
     * Nothing was written; the same request may succeed a moment later.
     */
    public static final class Unavailable extends ProblemException {
        public static final long RETRY_AFTER_SECONDS = 5;

        public Unavailable() {
            super("The database could not be reached; nothing was saved. Try again in a few seconds", List.of());
        }

        @Override
        public long retryAfterSeconds() {
            return RETRY_AFTER_SECONDS;
        }

        public int status() {
            return 503;
        }

        public String slug() {
            return "unavailable";
        }

        public String title() {
            return "Service unavailable";
        }
    }

    /**
     * 500: a defect of ours, logged under {@code id}; the transaction was rolled back. Carried as a
     * problem so that a page can say so in the user's language.
     */
    public static final class Unexpected extends ProblemException {
        private final String id;

        public Unexpected(String id) {
            super("An unexpected error occurred; nothing was saved. Quote this id to the administrator: " + id,
                    List.of());
            this.id = id;
        }

        public String id() {
            return id;
        }

        public int status() {
            return 500;
        }

        public String slug() {
            return "internal";
        }

        public String title() {
            return "Internal error";
        }
    }
}

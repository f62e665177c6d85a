package la.rtp.tracker.common;

import java.util.List;

/** The domain's problem kinds. One small class each, so a throw site reads as a sentence. */
public final class Problems {

    private Problems() {
    }

    /** {@code found}, or {@link NotFound} ({@code what} {@code id} does not exist) when it is null. */
    public static <T> T found(T found, String what, Object id) {
        if (found == null) {
            throw new NotFound(what, id);
        }
        return found;
    }

    /** 404: the addressed resource does not exist. */
    public static final class NotFound extends ProblemException {
        public NotFound(String what, Object id) {
            super(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
        }
    }

    /** 409: the request conflicts with the current state (duplicate, illegal transition). */
    public static final class Conflict extends ProblemException {
        public Conflict(String detail) {
            super(409, "conflict", "Conflict with the current state", detail, List.of());
        }

        /** A conflict caused by one field's value (a duplicate username, say). */
        public Conflict(String detail, FieldError field) {
            super(409, "conflict", "Conflict with the current state", detail, List.of(field));
        }
    }

    /** 422: well-formed but breaks a rule; names the fields at fault. */
    public static final class Invalid extends ProblemException {
        public Invalid(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }

        public Invalid(List<FieldError> errors) {
            super(422, "validation", "Invalid request",
                    errors.size() == 1 ? errors.get(0).message() : "The request breaks " + errors.size() + " rules",
                    errors);
        }

        /** With a detail of the caller's (in the user's language, say). */
        public Invalid(String detail, List<FieldError> errors) {
            super(422, "validation", "Invalid request", detail, errors);
        }
    }

    /** 428: an update without the {@code version} it was based on (it would overwrite blindly). */
    public static final class PreconditionRequired extends ProblemException {
        public PreconditionRequired(String field, String message) {
            super(428, "precondition-required", "Version required", message, List.of(new FieldError(field, message)));
        }
    }

    /** 400: malformed input (a parameter that does not parse, an unreadable body). */
    public static final class BadRequest extends ProblemException {
        public BadRequest(String field, String message) {
            super(400, "bad-request", "Malformed request", message, field == null ? List.of() : List.of(new FieldError(field, message)));
        }
    }

    /** 403: authenticated, but this caller may not do this. */
    public static final class Forbidden extends ProblemException {
        public Forbidden(String detail) {
            super(403, "forbidden", "Forbidden", detail, List.of());
        }
    }

    /** 429: the caller exceeded its request quota; {@code Retry-After} says when to come back. */
    public static final class TooManyRequests extends ProblemException {
        private final long retryAfterSeconds;

        public TooManyRequests(String detail, long retryAfterSeconds) {
            super(429, "too-many-requests", "Too many requests", detail, List.of());
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * 503: the database could not be reached (a lost or closed connection, an exhausted pool).
     * Nothing was written; the same request may succeed a moment later.
     */
    public static final class Unavailable extends ProblemException {
        public static final long RETRY_AFTER_SECONDS = 5;

        public Unavailable() {
            super(503, "unavailable", "Service unavailable", "The database could not be reached; nothing was saved. Try again in a few seconds", List.of());
        }

        @Override
        public long retryAfterSeconds() {
            return RETRY_AFTER_SECONDS;
        }
    }

    /**
     * 500: a defect of ours, logged under {@code id}; the transaction was rolled back. Carried as a
     * problem so that a page can say so in the user's language.
     */
    public static final class Unexpected extends ProblemException {
        private final String id;

        public Unexpected(String id) {
            super(500, "internal", "Internal error", "An unexpected error occurred; nothing was saved. Quote this id to the administrator: " + id,
                    List.of());
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}

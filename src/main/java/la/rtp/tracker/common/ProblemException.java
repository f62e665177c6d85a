package la.rtp.tracker.common;

import java.util.List;

/**
 * The one family of exceptions domain code throws; {@link ProblemMapper} turns each into an
 * RFC 9457 problem. Subclasses fix the status so that no resource builds a status by hand.
 */
public abstract class ProblemException extends RuntimeException {

    private final List<FieldError> errors;

    protected ProblemException(String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public abstract int status();

    /** Last segment of the problem {@code type} URI, e.g. {@code conflict}. */
    public abstract String slug();

    public abstract String title();

    /** Seconds for a {@code Retry-After} header, or -1 for none. */
    public long retryAfterSeconds() {
        return -1;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}

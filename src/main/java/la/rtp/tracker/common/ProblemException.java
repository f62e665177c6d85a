package la.rtp.tracker.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one family of exceptions domain code throws; {@link ProblemMapper} turns each into an
 * RFC 9457 problem. Subclasses fix the status (with its slug and title, given to the
 * constructor) so that no resource builds a status by hand.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    protected ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    /** Last segment of the problem {@code type} URI, e.g. {@code conflict}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Seconds for a {@code Retry-After} header, or -1 for none. */
    public long retryAfterSeconds() {
        return -1;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One failed field; an uploaded spreadsheet's errors also name the {@code sheet}, the
     * {@code row} as the spreadsheet numbers it and the {@code column} letter (null elsewhere).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, String sheet, Integer row, String column) {

        public FieldError(String field, String message) {
            this(field, message, null, null, null);
        }
    }
}

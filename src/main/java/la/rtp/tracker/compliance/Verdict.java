package la.rtp.tracker.compliance;

import java.util.List;
import java.util.Objects;

/**
 * What one rule says about one SWG as of a date.
 *
 * @param evidence API paths of the resources the verdict rests on, e.g.
 *                 {@code /api/v1/meetings/42}
 */
public record Verdict(Status status, Detail detail, List<String> evidence) {

    public Verdict {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        evidence = List.copyOf(evidence);
    }

    public static Verdict of(Status status, Detail detail, List<String> evidence) {
        return new Verdict(status, detail, evidence);
    }

    public static Verdict of(Status status, Detail detail) {
        return new Verdict(status, detail, List.of());
    }
}

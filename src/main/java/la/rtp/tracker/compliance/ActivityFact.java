package la.rtp.tracker.compliance;

import java.util.Objects;

/**
 * One activity of a workplan.
 *
 * @param nsedpOutcomeCount how many NSEDP outcomes the activity is linked to (RTP-4)
 */
public record ActivityFact(long id, String title, int nsedpOutcomeCount) {

    public ActivityFact {
        Objects.requireNonNull(title, "title");
    }

    public boolean linkedToNsedp() {
        return nsedpOutcomeCount >= 1;
    }
}

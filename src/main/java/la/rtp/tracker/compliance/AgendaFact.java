package la.rtp.tracker.compliance;

/**
 * One agenda item of a meeting.
 *
 * @param nsedpOutcomeCount how many NSEDP outcomes the item is linked to (RTP-9)
 */
public record AgendaFact(int nsedpOutcomeCount) {

    public boolean linkedToNsedp() {
        return nsedpOutcomeCount >= 1;
    }
}

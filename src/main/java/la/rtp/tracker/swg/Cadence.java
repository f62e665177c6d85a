package la.rtp.tracker.swg;

/** How often an SWG must hold a regular meeting (the Guideline asks for quarterly). */
public enum Cadence {
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
}

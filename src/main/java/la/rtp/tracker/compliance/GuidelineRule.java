package la.rtp.tracker.compliance;

/**
 * A rule of the RTP Guideline with its description (id, short name, Guideline text) given once,
 * to the constructor, so that each rule class holds only its own verdict logic.
 */
abstract class GuidelineRule implements ComplianceRule {

    private final String id;
    private final String name;
    private final String guideline;

    GuidelineRule(String id, String name, String guideline) {
        this.id = id;
        this.name = name;
        this.guideline = guideline;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String guideline() {
        return guideline;
    }
}

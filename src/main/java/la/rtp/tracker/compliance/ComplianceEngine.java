package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Runs every rule of the Guideline, in rule order, over a snapshot: pure, no database. */
@ApplicationScoped
public class ComplianceEngine {

    /** The rules in report order: the rule table of {@code docs/domain.md}. */
    static final List<GuidelineRule> RULES = List.of(
            new GuidelineRule("RTP-1", new Rtp1Leadership()),
            new GuidelineRule("RTP-2", new Rtp2WorkplanSubmitted()),
            new GuidelineRule("RTP-3", new Rtp3WorkplanEndorsed()),
            new GuidelineRule("RTP-4", new Rtp4NsedpAlignment()),
            new GuidelineRule("RTP-5", new Rtp5RegularMeetings()),
            new GuidelineRule("RTP-6", new Rtp6NonStateParticipation()),
            new GuidelineRule("RTP-7", new Rtp7MinutesPublished()),
            new GuidelineRule("RTP-8", new Rtp8ActionFollowUp()),
            new GuidelineRule("RTP-9", new Rtp9NsedpOnAgenda()),
            new GuidelineRule("RTP-10", new Rtp10ProvincialParticipation()),
            new GuidelineRule("RTP-11", new Rtp11RecommendationsAnswered()));

    public List<GuidelineRule> rules() {
        return RULES;
    }

    public ComplianceReport.SwgEntry evaluate(SwgYearSnapshot snapshot, String nameLo, LocalDate asOf) {
        List<ComplianceReport.RuleResult> results = RULES.stream().map(rule -> {
            Verdict v = rule.evaluate(snapshot, asOf);
            return new ComplianceReport.RuleResult(rule.id(), rule.name(), v.status(),
                    ComplianceMessages.format(v.detail(), Locale.ENGLISH), v.evidence(), v.detail());
        }).toList();
        return new ComplianceReport.SwgEntry(snapshot.swgCode(), snapshot.swgName(), nameLo, results,
                FiguresCalculator.compute(snapshot, asOf));
    }
}

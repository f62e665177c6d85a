package la.rtp.tracker.compliance;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Runs every rule (found by CDI, in rule order) over a snapshot: pure, no database. */
@ApplicationScoped
public class ComplianceEngine {

    private final List<ComplianceRule> rules;

    @Inject
    public ComplianceEngine(@All List<ComplianceRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt(ComplianceRule::order)).toList();
    }

    public List<ComplianceRule> rules() {
        return rules;
    }

    public ComplianceReport.SwgEntry evaluate(SwgYearSnapshot snapshot, String nameLo, LocalDate asOf) {
        List<ComplianceReport.RuleResult> results = rules.stream().map(rule -> {
            Verdict v = rule.evaluate(snapshot, asOf);
            return new ComplianceReport.RuleResult(rule.id(), rule.name(), v.status(),
                    ComplianceMessages.format(v.detail(), Locale.ENGLISH), v.evidence(), v.detail());
        }).toList();
        return new ComplianceReport.SwgEntry(snapshot.swgCode(), snapshot.swgName(), nameLo, results,
                FiguresCalculator.compute(snapshot, asOf));
    }
}

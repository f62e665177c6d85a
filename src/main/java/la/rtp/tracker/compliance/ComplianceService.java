package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Problems;

/**
 * Assembles the compliance report: loads every SWG's snapshot for the year in a fixed number of
 * statements, then runs the pure rules as of the date.
 */
@ApplicationScoped
public class ComplianceService {

    @Inject
    ComplianceLoader loader;

    @Inject
    ComplianceEngine engine;

    /** All ten SWGs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplianceReport report(int year, LocalDate asOf) {
        return evaluate(loader.swgs(null), year, asOf);
    }

    /** One SWG (or sub-sector group); 404 for an unknown code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplianceReport report(String code, int year, LocalDate asOf) {
        List<ComplianceLoader.SwgRow> swgs = loader.swgs(code);
        if (swgs.isEmpty()) {
            throw new Problems.NotFound("SWG", code);
        }
        return evaluate(swgs, year, asOf);
    }

    ComplianceReport evaluate(List<ComplianceLoader.SwgRow> swgs, int year, LocalDate asOf) {
        Map<String, String> lao = swgs.stream()
                .collect(Collectors.toMap(ComplianceLoader.SwgRow::code, ComplianceLoader.SwgRow::nameLo));
        List<ComplianceReport.SwgEntry> entries = loader.load(swgs, year).stream()
                .map(s -> engine.evaluate(s, lao.get(s.swgCode()), asOf)).toList();
        return new ComplianceReport(year, asOf, entries);
    }
}

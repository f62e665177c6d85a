package la.rtp.tracker.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Caches;
import la.rtp.tracker.common.Changes;
import la.rtp.tracker.common.CurrentCache;
import la.rtp.tracker.common.Problems;

/**
 * Assembles the compliance report: loads every SWG's snapshot for the year in a fixed number of
 * statements, then runs the pure rules as of the date. The rules are a function of the data and
 * the date only, so a report is kept, per SWG selection, year and date, until anything is
 * committed ({@link Changes}): the secretariat's matrix, its printable page and the CSV asked
 * again cost no SQL and no evaluation.
 */
@ApplicationScoped
public class ComplianceService {

    @Inject
    ComplianceLoader loader;

    @Inject
    ComplianceEngine engine;

    private final CurrentCache<Key, ComplianceReport> reports;

    /**
     * Which report: one SWG's ({@code code}) or all ({@code null}), with or without the sub-sector
     * working groups, for a year as of a date.
     */
    private record Key(String code, boolean groups, int year, LocalDate asOf) {
    }

    @Inject
    ComplianceService(Caches caches) {
        // weighed in SWG entries: 256 reports of the ten SWGs, fewer with sub-sector groups
        reports = caches.current("compliance-reports", 2_560, report -> report.swgs().size());
    }

    /** All ten SWGs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplianceReport report(int year, LocalDate asOf) {
        return report(year, asOf, false);
    }

    /** All ten SWGs and, with {@code groups}, every sub-sector working group after its SWG. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplianceReport report(int year, LocalDate asOf, boolean groups) {
        return reports.get(new Key(null, groups, year, asOf),
                () -> evaluate(groups ? loader.swgsWithGroups() : loader.swgs(null), year, asOf));
    }

    /** One SWG (or sub-sector group); 404 for an unknown code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplianceReport report(String code, int year, LocalDate asOf) {
        return reports.get(new Key(code, false, year, asOf), () -> {
            List<ComplianceLoader.SwgRow> swgs = loader.swgs(code);
            if (swgs.isEmpty()) {
                throw new Problems.NotFound("SWG", code);
            }
            return evaluate(swgs, year, asOf);
        });
    }

    ComplianceReport evaluate(List<ComplianceLoader.SwgRow> swgs, int year, LocalDate asOf) {
        Map<String, String> lao = swgs.stream()
                .collect(Collectors.toMap(ComplianceLoader.SwgRow::code, ComplianceLoader.SwgRow::nameLo));
        List<ComplianceReport.SwgEntry> entries = loader.load(swgs, year).stream()
                .map(s -> engine.evaluate(s, lao.get(s.swgCode()), asOf)).toList();
        return new ComplianceReport(year, asOf, entries);
    }
}

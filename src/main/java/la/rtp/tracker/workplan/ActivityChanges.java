package la.rtp.tracker.workplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.NsedpPlan;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.BudgetRequest;
import la.rtp.tracker.workplan.ActivityRequests.Disbursement;

/** Applies requests to an activity after the checks Bean Validation cannot express. */
final class ActivityChanges {

    private ActivityChanges() {
    }

    /** Sets every field from a create or full-update request (the caller has checked the status). */
    static void apply(Activity a, ActivityRequest request) {
        a.title = request.title().trim();
        a.description = request.description() == null || request.description().isBlank() ? null
                : request.description().trim();
        a.outcomes = outcomes(a.workplan.year, request.nsedpOutcomes());
        a.setQuarters(quarters(request.quarters()));
        a.responsibleOrganization = request.responsibleOrganizationId() == null ? null
                : Organization.require(request.responsibleOrganizationId(), "responsibleOrganizationId");
    }

    /** The outcomes with these numbers in the plan in force in {@code year}; 422 otherwise. */
    static Set<NsedpOutcome> outcomes(int year, List<Integer> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            return new HashSet<>();
        }
        Set<Integer> wanted = unique(numbers, "nsedpOutcomes", "NSEDP outcome numbers");
        NsedpPlan plan = NsedpPlan.forYear(year).orElseThrow(() -> new Problems.Invalid("nsedpOutcomes",
                "No NSEDP covers " + year + ", so the activity cannot be linked to outcomes"));
        Map<Integer, NsedpOutcome> byNumber = plan.outcomes.stream().collect(Collectors.toMap(o -> o.number, o -> o));
        Set<Integer> unknown = new TreeSet<>(wanted);
        unknown.removeAll(byNumber.keySet());
        if (!unknown.isEmpty()) {
            throw new Problems.Invalid("nsedpOutcomes", "Not outcomes of the " + plan.title + ": " + unknown
                    + "; its outcomes are " + new TreeSet<>(byNumber.keySet()));
        }
        return wanted.stream().map(byNumber::get).collect(Collectors.toCollection(HashSet::new));
    }

    static Set<Integer> quarters(List<Integer> quarters) {
        if (quarters == null) {
            return Set.of();
        }
        Set<Integer> unique = unique(quarters, "quarters", "Quarters");
        if (unique.stream().anyMatch(q -> q < 1 || q > 4)) {
            throw new Problems.Invalid("quarters", "Quarters are numbered 1 to 4");
        }
        return unique;
    }

    /**
     * Makes the activity's lines those of the request, one per source and funder: existing lines
     * are updated in place, others removed. A line with disbursements cannot be removed or change
     * currency (409): its money would be lost or misread. Amounts in kip need the year's rate.
     */
    static void replaceBudget(Activity a, List<BudgetLine> current, List<BudgetRequest> requested,
            Disbursements disbursements) {
        List<BudgetRequest> lines = requested == null ? List.of() : requested;
        uniqueLines(lines);
        List<BudgetLine> left = new ArrayList<>(current);
        Map<Long, Organization> funders = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetRequest r = lines.get(i);
            String at = "budget[" + i + "].";
            BudgetLine line = left.stream().filter(l -> l.sameFunding(r.source(), r.fundingOrganizationId()))
                    .findFirst().orElse(null);
            if (line == null) {
                line = newLine(a, r.source(), funder(funders, r.fundingOrganizationId(), at), r.currencyOrUsd());
            } else {
                left.remove(line);
                if (line.currency != r.currencyOrUsd() && disbursements.any(line)) {
                    throw new Problems.Conflict("The " + describe(line) + " line has disbursements in "
                            + line.currency + "; its currency cannot change");
                }
                line.currency = r.currencyOrUsd();
            }
            if (line.currency == Currency.LAK) {
                requireRate(a.workplan.year, at + "currency");
            }
            line.planned = r.amount();
            if (r.disbursedUsd() != null) {
                disbursements.setTotal(line, r.disbursedUsd());
            }
        }
        for (BudgetLine gone : left) {
            if (disbursements.any(gone)) {
                throw new Problems.Conflict("The " + describe(gone) + " line has disbursements; it cannot be "
                        + "removed. Keep it (with 0 planned if the plan changed)");
            }
            gone.delete();
        }
    }

    /**
     * Sets the totals disbursed so far on lines in dollars, named by source (and funder when several
     * lines share the source); a source not planned gets a line with 0 planned (unplanned money).
     */
    static void disburse(Activity a, List<BudgetLine> current, List<Disbursement> reported,
            Disbursements disbursements) {
        for (int i = 0; i < reported.size(); i++) {
            Disbursement d = reported.get(i);
            String at = "budget[" + i + "].";
            for (int j = 0; j < i; j++) {
                Disbursement before = reported.get(j);
                if (before.source() == d.source()
                        && java.util.Objects.equals(before.fundingOrganizationId(), d.fundingOrganizationId())) {
                    throw new Problems.Invalid(at + "source", "One figure per line; " + d.source() + " appears twice");
                }
            }
            List<BudgetLine> candidates = current.stream().filter(l -> l.source == d.source()
                    && (d.fundingOrganizationId() == null || d.fundingOrganizationId().equals(l.funderId()))).toList();
            if (candidates.size() > 1) {
                throw new Problems.Invalid(at + "fundingOrganizationId", "The activity has " + candidates.size()
                        + " " + d.source() + " lines; name the funding organisation");
            }
            BudgetLine line = candidates.isEmpty()
                    ? newLine(a, d.source(), funder(new HashMap<>(), d.fundingOrganizationId(), at), Currency.USD)
                    : candidates.get(0);
            if (line.currency != Currency.USD) {
                throw new Problems.Invalid(at + "disbursedUsd", "The " + describe(line) + " line is in "
                        + line.currency + "; record its disbursements by quarter");
            }
            disbursements.setTotal(line, d.disbursedUsd());
        }
    }

    /** 422 on {@code field} when the plan year has no exchange rate: kip could not be shown in dollars. */
    static void requireRate(int year, String field) {
        if (ExchangeRate.forYear(year).isEmpty()) {
            throw new Problems.Invalid(field, "No exchange rate is set for " + year + " yet; the RTP secretariat "
                    + "sets kip per US dollar for the year before amounts in kip are entered");
        }
    }

    static String describe(BudgetLine line) {
        return line.source + (line.fundingOrganization == null ? "" : " (" + line.fundingOrganization.name + ")");
    }

    private static Organization funder(Map<Long, Organization> cache, Long id, String at) {
        return id == null ? null : cache.computeIfAbsent(id, k -> Organization.require(k, at + "fundingOrganizationId"));
    }

    private static BudgetLine newLine(Activity a, FundingSource source, Organization funder, Currency currency) {
        BudgetLine line = new BudgetLine();
        line.activity = a;
        line.source = source;
        line.fundingOrganization = funder;
        line.currency = currency;
        line.planned = BigDecimal.ZERO;
        line.persist();
        return line;
    }

    static void uniqueLines(List<BudgetRequest> lines) {
        for (int i = 0; i < lines.size(); i++) {
            for (int j = 0; j < i; j++) {
                BudgetRequest a = lines.get(i);
                BudgetRequest b = lines.get(j);
                if (a.source() == b.source()
                        && java.util.Objects.equals(a.fundingOrganizationId(), b.fundingOrganizationId())) {
                    throw new Problems.Invalid("budget[" + i + "].source", "One budget line per source and funding "
                            + "organisation; " + a.source() + (a.fundingOrganizationId() == null ? ""
                                    : " from organisation " + a.fundingOrganizationId()) + " appears twice");
                }
            }
        }
    }

    private static Set<Integer> unique(List<Integer> values, String field, String what) {
        if (values.contains(null)) {
            throw new Problems.Invalid(field, what + " must not contain null");
        }
        Set<Integer> unique = new LinkedHashSet<>(values);
        if (unique.size() != values.size()) {
            throw new Problems.Invalid(field, what + " must be unique");
        }
        return unique;
    }
}

package la.rtp.tracker.workplan;

import static la.rtp.tracker.workplan.WorkplanXlsx.ACTIVITIES;
import static la.rtp.tracker.workplan.WorkplanXlsx.BUDGET;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.BudgetRequest;
import la.rtp.tracker.workplan.WorkplanSheets.ActivityRow;
import la.rtp.tracker.workplan.WorkplanSheets.BudgetRow;

/**
 * Turns the rows of an uploaded workbook into the JSON API's activity requests and runs that
 * API's checks on each (Bean Validation, {@link ActivityRequest#checkBudget}, the outcome,
 * quarter, duplicate-line and exchange-rate rules of {@link ActivityChanges}), catching each
 * failure and placing it on its cell instead of stopping at the first. Reads only.
 */
final class ImportRules {

    private final int year;
    private final Validator validator;
    private final WorkplanSheets.Errors errors;
    private final WorkplanXlsxMessages words;
    private final Map<String, Long> organizations;
    private String noRate;

    ImportRules(int year, Validator validator, WorkplanSheets.Errors errors, WorkplanXlsxMessages words,
            Map<String, Long> organizations) {
        this.year = year;
        this.validator = validator;
        this.errors = errors;
        this.words = words;
        this.organizations = organizations;
    }

    /** One request per Activities row, in sheet order, with its Budget rows; errors noted on the way. */
    Map<ActivityRow, ActivityRequest> requests(WorkplanSheets.Parsed parsed) {
        Map<String, ActivityRow> byRef = new LinkedHashMap<>();
        for (ActivityRow a : parsed.activities()) {
            if (a.ref() != null && byRef.putIfAbsent(a.ref(), a) != null) {
                errors.add(ACTIVITIES, a.row(), 0, words.err_ref_duplicate(a.ref()));
            }
        }
        Map<String, List<BudgetRow>> lines = new LinkedHashMap<>();
        for (BudgetRow b : parsed.budget()) {
            if (b.ref() != null && !byRef.containsKey(b.ref())) {
                errors.add(BUDGET, b.row(), 0, words.err_ref_unknown(b.ref()));
            } else if (b.ref() != null) {
                lines.computeIfAbsent(b.ref(), k -> new ArrayList<>()).add(b);
            }
        }
        Map<ActivityRow, ActivityRequest> requests = new LinkedHashMap<>();
        for (ActivityRow a : parsed.activities()) {
            List<BudgetRow> own = a.ref() == null || byRef.get(a.ref()) != a ? List.of()
                    : lines.getOrDefault(a.ref(), List.of());
            List<BudgetRequest> budget = own.stream().map(b -> new BudgetRequest(b.source(),
                    organization(b.funder(), BUDGET, b.row(), 2), b.currency(), b.planned(), null, null)).toList();
            ActivityRequest request = new ActivityRequest(a.title(), a.description(), a.outcomes(), a.quarters(),
                    organization(a.organization(), ACTIVITIES, a.row(), 5), budget, null);
            check(a, own, request);
            requests.put(a, request);
        }
        return requests;
    }

    private void check(ActivityRow a, List<BudgetRow> own, ActivityRequest request) {
        for (ConstraintViolation<ActivityRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().iterator().next().getName();
            switch (field) {
                case "title" -> errors.add(ACTIVITIES, a.row(), 1, words.err_title_rule(v.getMessage()));
                case "description" -> errors.add(ACTIVITIES, a.row(), 2, words.err_rule(v.getMessage()));
                case "nsedpOutcomes" -> errors.add(ACTIVITIES, a.row(), 3, words.err_outcomes_rule(v.getMessage()));
                case "budget" -> errors.add(ACTIVITIES, a.row(), 0, words.err_too_many_lines(v.getMessage()));
                default -> errors.add(ACTIVITIES, a.row(), 0, words.err_rule(field + " " + v.getMessage()));
            }
        }
        try {
            request.checkBudget();
        } catch (Problems.Invalid e) {
            e.errors().forEach(fe -> onLine(fe, own));
        }
        try {
            ActivityChanges.outcomes(year, request.nsedpOutcomes());
        } catch (Problems.Invalid e) {
            errors.add(ACTIVITIES, a.row(), 3, words.err_outcomes_rule(e.getMessage()));
        }
        try {
            ActivityChanges.quarters(request.quarters());
        } catch (Problems.Invalid e) {
            errors.add(ACTIVITIES, a.row(), 4, words.err_quarters_rule(e.getMessage()));
        }
        try {
            ActivityChanges.uniqueLines(request.budget());
        } catch (Problems.Invalid e) {
            e.errors().forEach(fe -> onLine(fe, own));
        }
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).currency() == Currency.LAK && noRate() != null) {
                errors.add(BUDGET, own.get(i).row(), 3, words.err_currency_rule(noRate()));
            }
        }
    }

    /** An error the JSON API names {@code budget[i].field}, placed on the i-th Budget row of the activity. */
    private void onLine(FieldError fe, List<BudgetRow> own) {
        String field = fe.field();
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return;
        }
        BudgetRow row = own.get(Integer.parseInt(field.substring(open + 1, close)));
        String name = field.substring(close + 1).replace(".", "");
        switch (name) {
            case "source" -> errors.add(BUDGET, row.row(), 1, words.err_rule(fe.message()));
            case "fundingOrganizationId" -> errors.add(BUDGET, row.row(), 2, words.err_rule(fe.message()));
            case "currency" -> errors.add(BUDGET, row.row(), 3, words.err_currency_rule(fe.message()));
            default -> errors.add(BUDGET, row.row(), 4, words.err_amount_rule(fe.message()));
        }
    }

    /** The year's missing-rate message, or null when the year has a rate (read once). */
    private String noRate() {
        if (noRate == null) {
            try {
                ActivityChanges.requireRate(year, "currency");
                noRate = "";
            } catch (Problems.Invalid e) {
                noRate = e.getMessage();
            }
        }
        return noRate.isEmpty() ? null : noRate;
    }

    private Long organization(String name, String sheet, int row, int column) {
        if (name == null) {
            return null;
        }
        Long id = organizations.get(Organization.keyOf(name));
        if (id == null) {
            errors.add(sheet, row, column, words.err_organization(name));
        }
        return id;
    }
}

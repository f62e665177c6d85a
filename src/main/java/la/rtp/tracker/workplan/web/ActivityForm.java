package la.rtp.tracker.workplan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.BudgetRequest;
import la.rtp.tracker.workplan.ActivityRequests.Disbursement;
import la.rtp.tracker.workplan.ActivityRequests.DisbursementRequest;
import la.rtp.tracker.workplan.FundingSource;
import la.rtp.tracker.workplan.WorkplanView.ActivityView;
import la.rtp.tracker.workplan.WorkplanView.BudgetView;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The activity form as posted, all strings, named like the API's JSON fields. One budget row per
 * funding source; blank rows are left out of the request. This class only parses: every rule is
 * the API's, and its errors on {@code budget[i]} are renamed to the form's row.
 */
public class ActivityForm {

    private static final Pattern LINE = Pattern.compile("^budget\\[(\\d+)\\](.*)$");

    // @formatter:off
    @RestForm public String title;
    @RestForm public String description;
    @RestForm public List<String> nsedpOutcomes;
    @RestForm public List<String> quarters;
    @RestForm public String responsibleOrganizationId;
    @RestForm public String version;
    @RestForm("budget[0].source") public String source0;
    @RestForm("budget[0].plannedUsd") public String planned0;
    @RestForm("budget[0].disbursedUsd") public String disbursed0;
    @RestForm("budget[1].source") public String source1;
    @RestForm("budget[1].plannedUsd") public String planned1;
    @RestForm("budget[1].disbursedUsd") public String disbursed1;
    @RestForm("budget[2].source") public String source2;
    @RestForm("budget[2].plannedUsd") public String planned2;
    @RestForm("budget[2].disbursedUsd") public String disbursed2;
    @RestForm("budget[3].source") public String source3;
    @RestForm("budget[3].plannedUsd") public String planned3;
    @RestForm("budget[3].disbursedUsd") public String disbursed3;
    @RestForm("budget[4].source") public String source4;
    @RestForm("budget[4].plannedUsd") public String planned4;
    @RestForm("budget[4].disbursedUsd") public String disbursed4;
    // @formatter:on

    /** One budget row as the template shows it. */
    public record Row(int index, String source, String plannedUsd, String disbursedUsd) {
        /** The name of one of this row's inputs, as the API names its errors: {@code budget[2].plannedUsd}. */
        public String field(String name) {
            return "budget[" + index + "]." + name;
        }
    }

    /** A parsed request, the form row of each of its budget lines, and what did not parse. */
    record Parsed<T>(T request, List<Integer> rows, FormErrors errors) {
    }

    /** An empty form: one row per funding source. */
    static ActivityForm empty() {
        ActivityForm f = new ActivityForm();
        FundingSource[] sources = FundingSource.values();
        for (int i = 0; i < sources.length; i++) {
            f.row(i, sources[i].name(), "", "");
        }
        return f;
    }

    /** The form filled with an activity as it is saved. */
    static ActivityForm of(ActivityView a) {
        ActivityForm f = empty();
        f.title = a.title();
        f.description = a.description();
        f.nsedpOutcomes = a.nsedpOutcomes().stream().map(String::valueOf).toList();
        f.quarters = a.quarters().stream().map(String::valueOf).toList();
        f.responsibleOrganizationId = a.responsibleOrganizationId() == null ? "" : a.responsibleOrganizationId().toString();
        f.version = String.valueOf(a.version());
        for (BudgetView b : a.budget()) {
            f.row(b.source().ordinal(), b.source().name(), plain(b.plannedUsd()), plain(b.disbursedUsd()));
        }
        return f;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    public List<Row> rows() {
        return List.of(new Row(0, source0, planned0, disbursed0), new Row(1, source1, planned1, disbursed1),
                new Row(2, source2, planned2, disbursed2), new Row(3, source3, planned3, disbursed3),
                new Row(4, source4, planned4, disbursed4));
    }

    public boolean hasOutcome(int number) {
        return nsedpOutcomes != null && nsedpOutcomes.contains(String.valueOf(number));
    }

    public boolean hasQuarter(int quarter) {
        return quarters != null && quarters.contains(String.valueOf(quarter));
    }

    public boolean isOrganization(Long id) {
        return id != null && id.toString().equals(responsibleOrganizationId);
    }

    Parsed<ActivityRequest> activity(WorkplanMessages m) {
        WorkplanFormParser p = new WorkplanFormParser(m);
        List<Integer> outcomes = p.integers("nsedpOutcomes", nsedpOutcomes);
        List<Integer> qs = p.integers("quarters", quarters);
        Long org = p.id("responsibleOrganizationId", responsibleOrganizationId);
        List<BudgetRequest> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Row r : rows()) {
            if (blank(r.plannedUsd()) && blank(r.disbursedUsd())) {
                continue;
            }
            String at = "budget[" + r.index() + "].";
            lines.add(BudgetRequest.usd(p.source(at + "source", r.source()), p.money(at + "plannedUsd", r.plannedUsd()),
                    p.money(at + "disbursedUsd", r.disbursedUsd())));
            rows.add(r.index());
        }
        return new Parsed<>(new ActivityRequest(title, description, outcomes, qs, org, lines, versionOrNull()), rows,
                p.errors);
    }

    Parsed<DisbursementRequest> disbursements(WorkplanMessages m) {
        WorkplanFormParser p = new WorkplanFormParser(m);
        List<Disbursement> lines = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Row r : rows()) {
            if (!blank(r.disbursedUsd())) {
                String at = "budget[" + r.index() + "].";
                lines.add(new Disbursement(p.source(at + "source", r.source()), null,
                        p.money(at + "disbursedUsd", r.disbursedUsd())));
                rows.add(r.index());
            }
        }
        return new Parsed<>(new DisbursementRequest(versionOrNull(), lines), rows, p.errors);
    }

    /** The service's errors with {@code budget[i]} (the i-th line sent) renamed to the form's row. */
    static FormErrors onRows(FormErrors errors, List<Integer> rows) {
        FormErrors renamed = errors.general().isEmpty() ? FormErrors.none()
                : FormErrors.general(String.join(" ", errors.general()));
        for (var e : errors.fields().entrySet()) {
            String field = e.getKey();
            Matcher line = LINE.matcher(field);
            if (line.matches() && Integer.parseInt(line.group(1)) < rows.size()) {
                field = "budget[" + rows.get(Integer.parseInt(line.group(1))) + "]" + line.group(2);
            }
            renamed = renamed.and(FormErrors.field(field, e.getValue()));
        }
        return renamed;
    }

    private Long versionOrNull() {
        try {
            return blank(version) ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void row(int i, String source, String planned, String disbursed) {
        switch (i) {
            case 0 -> { source0 = source; planned0 = planned; disbursed0 = disbursed; }
            case 1 -> { source1 = source; planned1 = planned; disbursed1 = disbursed; }
            case 2 -> { source2 = source; planned2 = planned; disbursed2 = disbursed; }
            case 3 -> { source3 = source; planned3 = planned; disbursed3 = disbursed; }
            default -> { source4 = source; planned4 = planned; disbursed4 = disbursed; }
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package la.rtp.tracker.workplan.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.BudgetRequest;
import la.rtp.tracker.workplan.Currency;
import la.rtp.tracker.workplan.WorkplanView.ActivityView;
import la.rtp.tracker.workplan.WorkplanView.BudgetView;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The activity form as posted, all strings. Budget lines are rows of four inputs posted in order
 * ({@code lineSource}, {@code lineFunder}, {@code lineCurrency}, {@code linePlanned}, each once per
 * row, so the lists line up) and {@code lineKept} saying a row shows a saved line. A saved line is
 * always sent: blanking its amount is an error, never a silent removal; only its "remove" box
 * drops it. This class only parses; every rule is the API's, whose errors on {@code budget[i]}
 * are renamed to the form's row.
 */
public class ActivityForm {

    private static final Pattern LINE = Pattern.compile("^budget\\[(\\d+)\\](.*)$");
    /** Empty rows offered below the saved lines. */
    static final int EMPTY_ROWS = 5;

    // @formatter:off
    @RestForm public String title;
    @RestForm public String description;
    @RestForm public List<String> nsedpOutcomes;
    @RestForm public List<String> quarters;
    @RestForm public String responsibleOrganizationId;
    @RestForm public String version;
    @RestForm public List<String> lineSource;
    @RestForm public List<String> lineFunder;
    @RestForm public List<String> lineCurrency;
    @RestForm public List<String> linePlanned;
    @RestForm public List<String> lineKept;
    @RestForm public List<String> lineRemove;
    // @formatter:on

    /** One budget row as the template shows it. */
    public record Row(int index, String source, String funder, String currency, String planned, boolean kept,
            boolean removed) {
        /** The name of one of this row's inputs, as the API names its errors: {@code budget[2].planned}. */
        public String field(String name) {
            return "budget[" + index + "]." + name;
        }

        public boolean isSource(String s) {
            return s.equals(source);
        }

        public boolean isCurrency(String c) {
            return c.equals(currency == null || currency.isBlank() ? "USD" : currency);
        }

        boolean empty() {
            return !kept && blank(planned) && blank(funder);
        }
    }

    /** A parsed request, the form row of each of its budget lines, and what did not parse. */
    record Parsed<T>(T request, List<Integer> rows, FormErrors errors) {
    }

    static ActivityForm empty() {
        return new ActivityForm();
    }

    /** The form filled with an activity as it is saved, amounts grouped ("120,000.00"). */
    static ActivityForm of(ActivityView a) {
        ActivityForm f = empty();
        f.title = a.title();
        f.description = a.description();
        f.nsedpOutcomes = a.nsedpOutcomes().stream().map(String::valueOf).toList();
        f.quarters = a.quarters().stream().map(String::valueOf).toList();
        f.responsibleOrganizationId = a.responsibleOrganizationId() == null ? "" : a.responsibleOrganizationId().toString();
        f.version = String.valueOf(a.version());
        f.lineSource = new ArrayList<>();
        f.lineFunder = new ArrayList<>();
        f.lineCurrency = new ArrayList<>();
        f.linePlanned = new ArrayList<>();
        f.lineKept = new ArrayList<>();
        for (BudgetView b : a.budget()) {
            f.lineSource.add(b.source().name());
            f.lineFunder.add(b.fundingOrganizationName() == null ? "" : b.fundingOrganizationName());
            f.lineCurrency.add(b.currency().name());
            f.linePlanned.add(grouped(b.planned()));
            f.lineKept.add("1");
        }
        return f;
    }

    /** Grouped with two decimals, the same in both languages: {@code 120,000.00}. */
    public static String grouped(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** The rows posted (or saved), then empty rows so that {@value #EMPTY_ROWS} are offered. */
    public List<Row> rows() {
        int n = Math.max(Math.max(size(lineSource), size(linePlanned)), Math.max(size(lineFunder), size(lineCurrency)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(i, at(lineSource, i), at(lineFunder, i), at(lineCurrency, i), at(linePlanned, i),
                    "1".equals(at(lineKept, i)), lineRemove != null && lineRemove.contains(String.valueOf(i))));
        }
        long empties = rows.stream().filter(Row::empty).count();
        for (int i = 0; i < EMPTY_ROWS - empties; i++) {
            rows.add(new Row(rows.size(), "", "", "USD", "", false, false));
        }
        return rows;
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
            if (r.empty() || r.kept() && r.removed()) {
                continue;
            }
            String at = "budget[" + r.index() + "].";
            Currency currency = blank(r.currency()) ? Currency.USD : p.currency(at + "currency", r.currency());
            lines.add(new BudgetRequest(p.source(at + "source", r.source()), p.funder(at + "fundingOrganizationId",
                    r.funder()), currency, p.money(at + "planned", r.planned()), null, null));
            rows.add(r.index());
        }
        return new Parsed<>(new ActivityRequest(title, description, outcomes, qs, org, lines, versionOrNull()), rows,
                p.errors);
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

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package la.rtp.tracker.compliance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the report templates print, worked out here in one language so that the templates only
 * lay it out: rule names and details in the reader's language, matrix cells aligned on the rule
 * columns, counts by status, links. Public because Qute's generated resolvers read it.
 */
public final class ReportView {

    private ReportView() {
    }

    /** The page head: {@code lang} is the {@code <html lang>} and the report links' {@code lang}. */
    public record Head(String lang, String secretariat, int year, LocalDate asOf, String asOfText) {

        static Head of(int year, LocalDate asOf, Locale locale, String secretariat) {
            String text = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(asOf);
            return new Head(locale.getLanguage(), secretariat, year, asOf, text);
        }

        /** The statuses in the order of legends and totals. */
        public List<Status> statuses() {
            return List.of(Status.values());
        }
    }

    public record Counts(long compliant, long nonCompliant, long pending, long notApplicable) {

        static Counts of(List<Rule> rules) {
            return new Counts(count(rules, Status.COMPLIANT), count(rules, Status.NON_COMPLIANT),
                    count(rules, Status.PENDING), count(rules, Status.NOT_APPLICABLE));
        }

        public long get(Status status) {
            return switch (status) {
                case COMPLIANT -> compliant;
                case NON_COMPLIANT -> nonCompliant;
                case PENDING -> pending;
                case NOT_APPLICABLE -> notApplicable;
            };
        }

        private static long count(List<Rule> rules, Status status) {
            return rules.stream().filter(r -> r != null && r.status() == status).count();
        }
    }

    /** An evidence path; only the API's own relative paths become links, anything else is text. */
    public record Link(String text, boolean linked) {

        static Link of(String evidence) {
            return new Link(evidence, evidence.startsWith("/api/v1/"));
        }
    }

    /** One verdict in the reader's language. */
    public record Rule(String id, String name, Status status, String detail, List<Link> evidence) {

        static Rule of(ComplianceReport.RuleResult result, Locale locale) {
            String detail = result.message() == null ? result.detail()
                    : ComplianceMessages.format(result.message(), locale);
            return new Rule(result.rule(), ruleName(result.rule(), result.name(), locale),
                    result.status(), detail, result.evidence().stream().map(Link::of).toList());
        }
    }

    /** A column of the matrix: a rule and how many SWGs are in each status. */
    public record Column(String id, String name, Counts counts) {
    }

    /**
     * One SWG: {@code cells} has one entry per matrix column, in column order, null where the
     * SWG has no verdict for that rule; {@code rules} its verdicts as reported.
     */
    public record Swg(String code, String name, String href, List<Rule> rules, List<Rule> cells,
            Counts counts, Figures figures) {

        public List<Rule> nonCompliant() {
            return rules.stream().filter(r -> r.status() == Status.NON_COMPLIANT).toList();
        }
    }

    public record Matrix(Head head, List<Column> columns, List<Swg> swgs, List<String> quarters) {
    }

    public record SwgPage(Head head, String matrixHref, Swg swg, List<String> quarters) {

        /** The figures includes take a list of SWGs. */
        public List<Swg> swgs() {
            return List.of(swg);
        }
    }

    /** {@code lakPerUsd}: the year's exchange rate, null when none is set (kip not shown). */
    public record Progress(Head head, List<ProgressSwg> swgs, List<String> quarters, BigDecimal lakPerUsd) {

        /** The rate as the report writes it ({@code 21,500}), null without one. */
        public String rate() {
            return lakPerUsd == null ? null : ReportFormat.usd(lakPerUsd);
        }

    }

    /** One SWG of the progress report; {@code compliance} is null when the report has none. */
    public record ProgressSwg(String name, ProgressReport.SwgProgress progress, Swg compliance) {

        public List<Swg> swgs() {
            return compliance == null ? List.of() : List.of(compliance);
        }
    }

    public static Matrix matrix(ComplianceReport report, Locale locale, String secretariat) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ComplianceReport.SwgEntry entry : report.swgs()) {
            for (ComplianceReport.RuleResult r : entry.rules()) {
                names.putIfAbsent(r.rule(), ruleName(r.rule(), r.name(), locale));
            }
        }
        List<String> ids = List.copyOf(names.keySet());
        List<Swg> swgs = report.swgs().stream().map(e -> swg(report, e, ids, locale)).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int column = i;
            List<Rule> cells = new ArrayList<>();
            swgs.forEach(s -> cells.add(s.cells().get(column)));
            columns.add(new Column(ids.get(i), names.get(ids.get(i)), Counts.of(cells)));
        }
        return new Matrix(Head.of(report.year(), report.asOf(), locale, secretariat), columns, swgs,
                quarters(report.swgs()));
    }

    static SwgPage swgPage(ComplianceReport report, ComplianceReport.SwgEntry entry, Locale locale,
            String secretariat) {
        Head head = Head.of(report.year(), report.asOf(), locale, secretariat);
        String ids = "?year=" + report.year() + "&asOf=" + report.asOf() + "&lang=" + head.lang();
        return new SwgPage(head, "/reports/compliance" + ids, swg(report, entry, ruleIds(entry), locale),
                quarters(List.of(entry)));
    }

    public static Progress progress(ProgressReport report, Locale locale, String secretariat) {
        List<ProgressSwg> swgs = new ArrayList<>();
        List<ComplianceReport.SwgEntry> entries = new ArrayList<>();
        ComplianceReport compliance = new ComplianceReport(report.year(), report.asOf(), List.of());
        for (ProgressReport.SwgProgress p : report.swgs()) {
            Swg swg = p.compliance() == null ? null
                    : swg(compliance, p.compliance(), ruleIds(p.compliance()), locale);
            swgs.add(new ProgressSwg(name(p.name(), p.nameLo(), locale), p, swg));
            if (p.compliance() != null) {
                entries.add(p.compliance());
            }
        }
        return new Progress(Head.of(report.year(), report.asOf(), locale, secretariat), swgs,
                quarters(entries), report.lakPerUsd());
    }

    private static Swg swg(ComplianceReport report, ComplianceReport.SwgEntry entry, List<String> ids,
            Locale locale) {
        List<Rule> rules = entry.rules().stream().map(r -> Rule.of(r, locale)).toList();
        List<Rule> cells = new ArrayList<>();
        for (String id : ids) {
            cells.add(rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null));
        }
        String name = name(entry.name(), entry.nameLo(), locale);
        String href = "/reports/compliance/" + URLEncoder.encode(entry.code(), StandardCharsets.UTF_8).replace("+", "%20")
                + "?year=" + report.year() + "&asOf=" + report.asOf() + "&lang=" + locale.getLanguage();
        return new Swg(entry.code(), name, href, rules, cells, Counts.of(rules), entry.figures());
    }

    /** The Lao name in Lao when there is one, else the English one. */
    private static String name(String name, String nameLo, Locale locale) {
        boolean lao = ComplianceMessages.LAO.getLanguage().equals(locale.getLanguage());
        return lao && nameLo != null && !nameLo.isBlank() ? nameLo : name;
    }

    private static List<String> ruleIds(ComplianceReport.SwgEntry entry) {
        return entry.rules().stream().map(ComplianceReport.RuleResult::rule).toList();
    }

    /** Quarter columns of the figures: those the calculator produced, Q1..Q4. */
    private static List<String> quarters(List<ComplianceReport.SwgEntry> entries) {
        return entries.stream().filter(e -> e.figures() != null)
                .map(e -> List.copyOf(e.figures().meetingsHeldPerQuarter().keySet()))
                .findFirst().orElse(List.of("Q1", "Q2", "Q3", "Q4"));
    }

    /** The rule's name in the locale; the report's own name if the catalogue lacks it. */
    private static String ruleName(String id, String fallback, Locale locale) {
        try {
            return ComplianceMessages.ruleName(id, locale);
        } catch (java.util.MissingResourceException e) {
            return fallback;
        }
    }
}

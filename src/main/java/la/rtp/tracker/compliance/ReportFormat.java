package la.rtp.tracker.compliance;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Formatting used by the report templates and the Word documents: {@code {status.symbol}}, {@code {status.css}} and,
 * null-safe in the {@code fmt} namespace, {@code {fmt:usd(amount)}} and friends. Numbers read the same in both languages (Lao
 * documents use Western digits and the same separators), so nothing here depends on the locale.
 */
public final class ReportFormat {

    public static final String NO_VALUE = "–";

    private ReportFormat() {
    }

    /** The status symbol: a shape, so the matrix still reads when printed in black and white. */
    @TemplateExtension
    public static String symbol(Status status) {
        return switch (status) {
            case COMPLIANT -> "✓";
            case NON_COMPLIANT -> "✗";
            case PENDING -> "…";
            case NOT_APPLICABLE -> "–";
        };
    }

    /** The CSS class of a status: {@code compliant}, {@code non-compliant}, ... */
    @TemplateExtension
    static String css(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** US dollars without cents, grouped: {@code 12,500}. */
    @TemplateExtension(namespace = "fmt")
    public static String usd(BigDecimal amount) {
        if (amount == null) {
            return NO_VALUE;
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A share at scale 3 as a percentage with one decimal: {@code 0.385} reads {@code 38.5%}. */
    @TemplateExtension(namespace = "fmt")
    public static String percent(BigDecimal share) {
        if (share == null) {
            return NO_VALUE;
        }
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Disbursed over planned for one budget line. */
    @TemplateExtension(namespace = "fmt")
    public static String rate(BudgetLine line) {
        return percent(FiguresCalculator.share(line.disbursedUsd(), line.plannedUsd()));
    }

    /** The share of women among a meeting's attendees. */
    @TemplateExtension(namespace = "fmt")
    public static String womenShare(ProgressReport.MeetingSummary meeting) {
        return percent(FiguresCalculator.share(BigDecimal.valueOf(meeting.women()),
                BigDecimal.valueOf(meeting.attendees())));
    }

    /** Numbers as a list: NSEDP outcomes {@code 1, 3}, quarters. */
    @TemplateExtension(namespace = "fmt")
    public static String joined(List<Integer> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            return NO_VALUE;
        }
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}

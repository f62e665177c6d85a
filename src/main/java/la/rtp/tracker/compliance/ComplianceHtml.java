package la.rtp.tracker.compliance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.RtpConfig;

/**
 * Renders finished compliance and progress reports as self-contained, printable HTML pages
 * (inline CSS, no external font or script) in English or Lao. Loading the data is the report
 * service's job; this bean only turns a record into text, so an endpoint can return it as is.
 *
 * <p>Language: {@link #language(Locale)} maps any Lao locale to Lao and anything else to
 * English; the same locale picks the words of {@code messages/report*.properties} and the rule
 * names and details of {@link ComplianceMessages}.
 */
@ApplicationScoped
public class ComplianceHtml {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matrix(ReportView.Matrix view);

        static native TemplateInstance swg(ReportView.SwgPage view);

        static native TemplateInstance progress(ReportView.Progress view);
    }

    private final String secretariat;

    ComplianceHtml(RtpConfig config) {
        this.secretariat = config.secretariat().name();
    }

    /** The matrix of SWGs by rules, with totals and figures (A4 landscape). */
    public String matrix(ComplianceReport report, Locale locale) {
        Locale language = language(locale);
        return Templates.matrix(ReportView.matrix(report, language, secretariat))
                .setLocale(language).render();
    }

    /**
     * One SWG in detail: every rule with its detail and evidence, and its figures.
     *
     * @throws Problems.NotFound when the report has no SWG with that code
     */
    public String swg(ComplianceReport report, String code, Locale locale) {
        ComplianceReport.SwgEntry entry = report.swgs().stream()
                .filter(swg -> swg.code().equals(code)).findFirst()
                .orElseThrow(() -> new Problems.NotFound("SWG", code));
        Locale language = language(locale);
        return Templates.swg(ReportView.swgPage(report, entry, language, secretariat))
                .setLocale(language).render();
    }

    /** The consolidated SWG progress report for the Round Table Implementation Meeting. */
    public String progress(ProgressReport report, Locale locale) {
        Locale language = language(locale);
        return Templates.progress(ReportView.progress(report, language, secretariat))
                .setLocale(language).render();
    }

    /** The report language for a requested locale: Lao for {@code lo}, English otherwise. */
    public static Locale language(Locale locale) {
        if (locale != null && ComplianceMessages.LAO.getLanguage().equals(locale.getLanguage())) {
            return ComplianceMessages.LAO;
        }
        return Locale.ENGLISH;
    }
}

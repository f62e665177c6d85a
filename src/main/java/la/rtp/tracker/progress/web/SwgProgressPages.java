package la.rtp.tracker.progress.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import la.rtp.tracker.common.RtpConfig;
import la.rtp.tracker.compliance.ComplianceHtml;
import la.rtp.tracker.compliance.ReportRequest;
import la.rtp.tracker.compliance.docx.DocxDocument;
import la.rtp.tracker.progress.SwgProgressReport;
import la.rtp.tracker.progress.SwgProgressService;
import la.rtp.tracker.progress.docx.SwgProgressDocx;
import la.rtp.tracker.security.Access;

/** The printable quarterly progress report of one SWG, in English or Lao, with the same head as the other reports. */
@Path("/reports/swg-progress/{code}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Access.READ)
public class SwgProgressPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Page page);
    }

    /** The head read by {@code reports/layout}; {@code otherLanguage} links the same report in the other language. */
    public record Head(String lang, String secretariat, int year, LocalDate asOf, String asOfText) {
    }

    public record Page(Head head, SwgProgressReport report, String name, String otherLanguage) {

        /** Whole units, grouped: {@code 21,500}; a dash when unknown. */
        public String amount(BigDecimal value) {
            if (value == null) {
                return "–";
            }
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        }

        public String rate() {
            return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(report.rate().lakPerUsd());
        }
    }

    @Inject
    SwgProgressService service;

    @Inject
    RtpConfig config;

    @GET
    public String report(@PathParam("code") String code, @QueryParam("year") Integer year,
            @QueryParam("quarter") Integer quarter, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("lang") String lang) {
        Locale language = ComplianceHtml.language(ReportRequest.locale(lang));
        SwgProgressReport report = service.report(code, year, quarter, asOf);
        boolean lao = "lo".equals(language.getLanguage());
        String text = DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(report.asOf());
        Head head = new Head(language.getLanguage(), config.secretariat().name(), report.year(), report.asOf(), text);
        String other = "/reports/swg-progress/" + URLEncoder.encode(report.code(), StandardCharsets.UTF_8)
                + "?year=" + report.year() + "&quarter=" + report.quarter()
                + (asOf == null ? "" : "&asOf=" + asOf) + "&lang=" + (lao ? "en" : "lo");
        return Templates.report(new Page(head, report, lao ? report.nameLo() : report.nameEn(), other))
                .setLocale(language).render();
    }

    /** The same report as a Word document to edit, named by SWG, year, quarter and language. */
    @GET
    @Path("docx")
    @Produces(SwgProgressDocx.MEDIA_TYPE)
    public Response docx(@PathParam("code") String code, @QueryParam("year") Integer year,
            @QueryParam("quarter") Integer quarter, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("lang") String lang) {
        Locale language = ComplianceHtml.language(ReportRequest.locale(lang));
        SwgProgressReport report = service.report(code, year, quarter, asOf);
        return Response.ok(SwgProgressDocx.render(report, language, config.secretariat().name()),
                SwgProgressDocx.MEDIA_TYPE).header("Content-Disposition",
                        DocxDocument.attachment(SwgProgressDocx.fileName(report, language))).build();
    }
}

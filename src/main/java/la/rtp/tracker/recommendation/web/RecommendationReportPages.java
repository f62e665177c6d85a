package la.rtp.tracker.recommendation.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Locale;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.RtpConfig;
import la.rtp.tracker.recommendation.RecommendationRegister;
import la.rtp.tracker.security.Access;

/**
 * The register of recommendations as a printable report (A4 portrait, English or Lao), beside
 * the other reports under {@code /reports} and read by the same people. It shows what the caller
 * sees in the register: an SWG secretariat or chair only their SWGs' entries.
 */
@Path("/reports/recommendations")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Access.READ)
public class RecommendationReportPages {

    static final Locale LAO = Locale.forLanguageTag("lo");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(RecommendationReport view);
    }

    @Inject
    RecommendationRegister register;

    @Inject
    RtpConfig config;

    @GET
    public String report(@QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("lang") String lang) {
        Locale locale = locale(lang);
        LocalDate day = register.asOf(asOf);
        int y = RecommendationRegister.year(year, day);
        RecommendationReport view = RecommendationReport.of(y, day, register.register(y, null, null, day), locale,
                config.secretariat().name());
        return Templates.report(view).setLocale(locale).render();
    }

    /** The report language: English unless {@code lo}; anything else is refused, as by the other reports. */
    static Locale locale(String lang) {
        if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        if (lang.equalsIgnoreCase("lo")) {
            return LAO;
        }
        throw new Problems.BadRequest("lang", "lang must be en or lo");
    }
}

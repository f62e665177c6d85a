package la.rtp.tracker.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Printable HTML reports for the secretariat, in English or Lao. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed({Access.RTP, Access.SWG_SECRETARIAT, Access.SWG_CHAIR, Access.VIEWER})
public class ReportPages {

    @Inject
    ComplianceService service;

    @Inject
    ProgressService progress;

    @Inject
    ComplianceHtml html;

    @Inject
    Clock clock;

    @GET
    @Path("compliance")
    @Operation(hidden = true)
    public String matrix(@QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("lang") String lang, @QueryParam("subGroups") Boolean subGroups) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        ComplianceReport report = service.report(r.year(), r.asOf(), Boolean.TRUE.equals(subGroups));
        return html.matrix(report, ReportRequest.locale(lang));
    }

    @GET
    @Path("compliance/{code}")
    @Operation(hidden = true)
    public String swg(@PathParam("code") String code, @QueryParam("year") Integer year,
            @QueryParam("asOf") LocalDate asOf, @QueryParam("lang") String lang) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        return html.swg(service.report(code, r.year(), r.asOf()), code, ReportRequest.locale(lang));
    }

    @GET
    @Path("progress")
    @Operation(hidden = true)
    public String progress(@QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("lang") String lang) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        return html.progress(progress.report(r.year(), r.asOf()), ReportRequest.locale(lang));
    }
}

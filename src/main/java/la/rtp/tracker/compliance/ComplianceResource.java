package la.rtp.tracker.compliance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import la.rtp.tracker.common.Xlsx;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The compliance report as JSON, CSV and XLSX, for every human role (not partner tokens). */
@Path("/api/v1")
@Tag(name = "Compliance")
@RolesAllowed(Access.READ)
public class ComplianceResource {

    @Inject
    ComplianceService service;

    @Inject
    ComplianceCsv csv;

    @Inject
    ComplianceXlsx xlsx;

    @Inject
    Clock clock;

    @GET
    @Path("compliance")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getComplianceReport",
            summary = "RTP Guideline compliance of all ten SWGs for a plan year as of a date "
            + "(asOf defaults to today, year to asOf's year); subGroups=true adds every sub-sector working "
            + "group after its SWG")
    public ComplianceReport all(@QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("subGroups") Boolean subGroups) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        return service.report(r.year(), r.asOf(), Boolean.TRUE.equals(subGroups));
    }

    @GET
    @Path("compliance.csv")
    @Produces("text/csv")
    @Operation(operationId = "getComplianceCsv",
            summary = "The compliance report as CSV: one row per SWG and rule (subGroups=true: sub-sector "
            + "working groups too)")
    public Response csv(@QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("subGroups") Boolean subGroups) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        ComplianceReport report = service.report(r.year(), r.asOf(), Boolean.TRUE.equals(subGroups));
        return Response.ok(csv.csv(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"compliance-" + r.year() + "-" + r.asOf()
                        + ".csv\"")
                .build();
    }

    @GET
    @Path("compliance.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(operationId = "getComplianceXlsx",
            summary = "The compliance matrix as an Excel workbook: one row per SWG, one column per rule with the "
            + "status word and the reason as a cell comment, a Details sheet with every reason and its evidence; "
            + "lang=en|lo for the headers and words (subGroups=true: sub-sector working groups too)")
    public Response xlsx(@QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("subGroups") Boolean subGroups, @QueryParam("lang") String lang) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        Locale locale = ReportRequest.locale(lang);
        ComplianceReport report = service.report(r.year(), r.asOf(), Boolean.TRUE.equals(subGroups));
        return Response.ok(xlsx.xlsx(report, locale), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", Xlsx.attachment(ComplianceXlsx.fileName(r.year())))
                .build();
    }
}

package la.rtp.tracker.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import la.rtp.tracker.common.Xlsx;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A workplan as an Excel workbook, the empty template, and the import of a filled-in workbook.
 * The download is {@code /workplans/{id}/xlsx} rather than {@code /workplans/{id}.xlsx}: a path
 * parameter stays a whole segment, as generated clients and the contract's table tests expect it,
 * and the GET of {@code /workplans/{id}} does not compete for the same segment.
 * The import takes the file as the raw request body (what {@code curl --data-binary} sends); the
 * workspace's upload form posts to its own page.
 */
@Path("/api/v1/workplans")
@Tag(name = "Workplans")
public class WorkplanXlsxResource {

    @Inject
    WorkplanImport workbooks;

    @GET
    @Path("{id}/xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getWorkplanXlsx",
            summary = "The workplan as an Excel workbook: sheets Activities, Budget, Progress (as of today, read-only) "
            + "and a README explaining the columns in English and Lao")
    public Response xlsx(@PathParam("id") Long id) {
        return download(workbooks.export(id));
    }

    @GET
    @Path("template.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getWorkplanTemplate",
            summary = "The empty workplan workbook to fill in and import, with its README in English and Lao")
    public Response template() {
        return download(WorkplanImport.template());
    }

    @POST
    @Path("{id}/import")
    @Consumes({Xlsx.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "importWorkplanXlsx",
            summary = "Replace the activities and budget lines of a DRAFT or RETURNED workplan with those of an Excel "
            + "workbook (the request body, at most 2 MB). Nothing is saved unless every row is valid: 422 lists every "
            + "error with its sheet, row and column, in English or Lao (lang=en|lo, else the user's language)")
    public WorkplanView importXlsx(@PathParam("id") Long id, @QueryParam("lang") String lang, byte[] body) {
        return workbooks.replace(id, body, lang);
    }

    private static Response download(WorkplanImport.Download file) {
        return Response.ok(file.bytes(), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", Xlsx.attachment(file.fileName())).build();
    }
}

package la.rtp.tracker.workplan.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Xlsx;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;
import la.rtp.tracker.workplan.WorkplanImport;
import la.rtp.tracker.workplan.WorkplanService;
import la.rtp.tracker.workplan.WorkplanView;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The workplan editor's Excel upload: the workbook replaces the activities and budget lines
 * ({@link WorkplanImport}, as the API's import), then the editor again; when refused, a page
 * listing every error with its sheet, row and column, and the upload form to try again. The
 * downloads are those of the API, under {@code /app} where the workspace's session signs in.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class WorkplanXlsxPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(WorkplanView w, String swgName, String detail, List<FieldError> errors);
    }

    @Inject
    Workspace ws;

    @Inject
    Submission submission;

    @Inject
    WorkplanImport workbooks;

    @Inject
    WorkplanService workplans;

    @GET
    @Path("workplans/{id}/export.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    public Response download(@PathParam("id") Long id) {
        return file(workbooks.export(id));
    }

    @GET
    @Path("workplan-template.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    public Response template() {
        return file(WorkplanImport.template());
    }

    @POST
    @Path("workplans/{id}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") Long id, @RestForm("file") FileUpload file) {
        byte[] bytes = read(file);
        try {
            workbooks.replace(id, bytes, ws.lang());
        } catch (RuntimeException e) {
            ProblemException problem = problem(e);
            if (problem != null && problem.status() != 403 && problem.status() != 404 && problem.status() < 500) {
                return Submission.html(problem.status() == 400 ? 422 : problem.status(),
                        page(id, problem.getMessage(), problem.errors()));
            }
            Submission.Refusal refusal = submission.refusal(e);
            return Submission.html(refusal.status(), page(id, String.join(" ", refusal.errors().general()), List.of()));
        }
        return Workspace.redirect(WorkplanPages.done(id, "imported"));
    }

    private static Response file(WorkplanImport.Download file) {
        return Response.ok(file.bytes(), Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", Xlsx.attachment(file.fileName())).build();
    }

    private TemplateInstance page(Long id, String detail, List<FieldError> errors) {
        WorkplanView w = workplans.get(id);
        return ws.page(Templates.refused(w, ws.name(Swg.require(w.swg())), detail, errors));
    }

    private static ProblemException problem(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ProblemException p) {
                return p;
            }
        }
        return null;
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;
import la.rtp.tracker.workplan.SwgWorkplanResource.CreateWorkplanRequest;
import la.rtp.tracker.workplan.WorkplanService;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.EndorseRequest;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.ReturnRequest;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.SubmitRequest;
import la.rtp.tracker.workplan.web.WorkplanEditor.StatusForm;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A year's workplan: create it from the SWG page, edit it, submit it, and for the RTP secretariat
 * return or endorse it. Each action calls {@link WorkplanService} with the API's request.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class WorkplanPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(String code, String swgName, String year, FormErrors errors);
    }

    @Inject
    Workspace ws;

    @Inject
    Submission submission;

    @Inject
    WorkplanEditor editor;

    @Inject
    WorkplanService workplans;

    @POST
    @Path("swgs/{code}/workplans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("code") String code, @RestForm String year) {
        Integer y;
        try {
            y = ActivityForm.blank(year) ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return Submission.invalid(createPage(code, year, FormErrors.field("year", editor.messages().not_a_year())));
        }
        return submission.submit(() -> workplans.create(code, new CreateWorkplanRequest(y)),
                w -> "/app/workplans/" + w.id() + "?done=created", refusal -> createPage(code, year, refusal.errors()));
    }

    @GET
    @Path("workplans/{id}")
    public Response editor(@PathParam("id") Long id, @QueryParam("done") String done) {
        return Submission.html(200, editor.page(id, ActivityForm.empty(), StatusForm.EMPTY, FormErrors.none(), done));
    }

    @POST
    @Path("workplans/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") Long id, @RestForm String submittedOn) {
        return dated(id, "submittedOn", submittedOn, new StatusForm(submittedOn, "", ""),
                on -> workplans.submit(id, new SubmitRequest(on)), "submitted");
    }

    @POST
    @Path("workplans/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForRevision(@PathParam("id") Long id, @RestForm String reason) {
        StatusForm input = new StatusForm("", reason, "");
        return submission.submit(() -> workplans.returnForRevision(id, new ReturnRequest(reason, null)),
                done(id, "returned"), refusal -> statusRefused(id, input, refusal.errors()));
    }

    @POST
    @Path("workplans/{id}/endorse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response endorse(@PathParam("id") Long id, @RestForm String endorsedOn) {
        return dated(id, "endorsedOn", endorsedOn, new StatusForm("", "", endorsedOn),
                on -> workplans.endorse(id, new EndorseRequest(on)), "endorsed");
    }

    private TemplateInstance createPage(String code, String year, FormErrors formErrors) {
        Swg swg = Swg.require(code);
        return ws.page(Templates.create(code, ws.name(swg), year, formErrors));
    }

    /**
     * A status change dated by the form's {@code field}: the editor again (422) when the date does
     * not parse, else the write, and the editor with {@code what} was done, or with why it was refused.
     */
    private Response dated(Long id, String field, String raw, StatusForm input, Consumer<LocalDate> write,
            String what) {
        LocalDate on;
        try {
            on = date(raw);
        } catch (DateTimeParseException e) {
            return notADate(id, field, input);
        }
        return submission.submit(() -> write.accept(on), done(id, what),
                refusal -> statusRefused(id, input, refusal.errors()));
    }

    private TemplateInstance statusRefused(Long id, StatusForm input, FormErrors formErrors) {
        return editor.page(id, ActivityForm.empty(), input, formErrors, null);
    }

    private Response notADate(Long id, String field, StatusForm input) {
        return Submission.invalid(statusRefused(id, input, FormErrors.field(field, editor.messages().not_a_date())));
    }

    /** Where a write of the editor's forms goes on success: the editor, saying what was done. */
    static String done(Long id, String what) {
        return "/app/workplans/" + id + "?done=" + what;
    }

    /** Blank is "not given"; anything but yyyy-MM-dd throws. */
    static LocalDate date(String value) {
        return ActivityForm.blank(value) ? null : LocalDate.parse(value.trim());
    }
}

package la.rtp.tracker.workplan.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Consumer;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.WorkplanService;
import la.rtp.tracker.workplan.WorkplanView.ActivityView;
import la.rtp.tracker.workplan.web.ActivityForm.Parsed;
import la.rtp.tracker.workplan.web.WorkplanEditor.StatusForm;

/**
 * Add, edit, remove an activity, and report its disbursements once the workplan is submitted.
 * Each calls {@link WorkplanService} with the API's request, parsed from the form; the edit and
 * disbursement forms send back the version they showed.
 */
@Path("/app/workplans/{id}/activities")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ActivityPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(WorkplanEditor.Page page, ActivityView activity, ActivityForm form,
                FormErrors errors);
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
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") Long id, @BeanParam ActivityForm form) {
        Parsed<ActivityRequest> parsed = form.activity(editor.messages());
        if (parsed.errors().any()) {
            return Submission.invalid(editor.page(id, form, StatusForm.EMPTY, parsed.errors(), null));
        }
        return submission.submit(() -> workplans.addActivity(id, parsed.request()), WorkplanPages.done(id, "added"),
                refusal -> editor.page(id, form, StatusForm.EMPTY,
                        ActivityForm.onRows(refusal.errors(), parsed.rows()), null));
    }

    @GET
    @Path("{activityId}")
    public Response edit(@PathParam("id") Long id, @PathParam("activityId") Long activityId) {
        ActivityView a = workplans.activity(id, activityId);
        return Submission.html(200, page(id, a, ActivityForm.of(a), FormErrors.none()));
    }

    @POST
    @Path("{activityId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @BeanParam ActivityForm form) {
        return save(id, activityId, form, form.activity(editor.messages()),
                request -> workplans.updateActivity(id, activityId, request), "changed");
    }

    @POST
    @Path("{activityId}/disbursements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disburse(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @BeanParam ActivityForm form) {
        return save(id, activityId, form, form.disbursements(editor.messages()),
                request -> workplans.reportDisbursements(id, activityId, request), "disbursed");
    }

    @POST
    @Path("{activityId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") Long id, @PathParam("activityId") Long activityId) {
        return submission.submit(() -> workplans.deleteActivity(id, activityId), WorkplanPages.done(id, "removed"),
                refusal -> editor.page(id, ActivityForm.empty(), StatusForm.EMPTY, refusal.errors(), null));
    }

    /**
     * Writes an activity's parsed form; on success back to the workplan ({@code done}), else its edit
     * page again with why: 422 for what did not parse, the refusal's status for what the service refused.
     */
    private <R> Response save(Long id, Long activityId, ActivityForm form, Parsed<R> parsed, Consumer<R> write,
            String done) {
        if (parsed.errors().any()) {
            return Submission.invalid(page(id, workplans.activity(id, activityId), form, parsed.errors()));
        }
        return submission.submit(() -> write.accept(parsed.request()), WorkplanPages.done(id, done),
                refusal -> page(id, workplans.activity(id, activityId), form,
                        ActivityForm.onRows(refusal.errors(), parsed.rows())));
    }

    private TemplateInstance page(Long id, ActivityView a, ActivityForm form, FormErrors formErrors) {
        return ws.page(Templates.edit(editor.load(id, a), a, form, formErrors));
    }
}

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
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import la.rtp.tracker.workplan.ProgressStatus;
import java.util.function.Consumer;
import java.util.function.Function;
import la.rtp.tracker.workplan.ImplementationRequests.WithdrawRequest;
import la.rtp.tracker.workplan.ImplementationService;
import la.rtp.tracker.workplan.ImplementationViews.ActivityDisbursementsView;
import la.rtp.tracker.workplan.ImplementationViews.ActivityProgressView;
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
                FormErrors errors, Implementation impl);
    }

    /**
     * What the activity page shows of its implementation: the progress history, the disbursements
     * with their per-line totals and warnings, the two forms' input, and which form {@code errors} are about.
     */
    public record Implementation(ActivityProgressView progress, ActivityDisbursementsView money,
            ImplementationForms.Progress progressForm, ImplementationForms.Disbursement disbursementForm,
            String refused, String done) {

        public boolean progressRefused() {
            return "progress".equals(refused);
        }

        public boolean disbursementRefused() {
            return "disbursement".equals(refused);
        }

        public List<String> statuses() {
            return Arrays.stream(ProgressStatus.values()).map(Enum::name).toList();
        }
    }

    @Inject
    Workspace ws;

    @Inject
    Submission submission;

    @Inject
    WorkplanEditor editor;

    @Inject
    WorkplanService workplans;

    @Inject
    ImplementationService implementation;

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
    public Response edit(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @QueryParam("done") String done) {
        ActivityView a = workplans.activity(id, activityId);
        return Submission.html(200, page(id, a, ActivityForm.of(a), FormErrors.none(),
                new Implementation(null, null, null, null, null, done)));
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
    @Path("{activityId}/progress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response progress(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @BeanParam ImplementationForms.Progress form) {
        var parsed = form.request(editor.messages());
        Function<FormErrors, TemplateInstance> again = errors -> implementationPage(id, activityId,
                new Implementation(null, null, form, null, "progress", null), errors);
        if (parsed.errors().any()) {
            return Submission.invalid(again.apply(parsed.errors()));
        }
        return submission.submit(() -> implementation.reportProgress(id, activityId, parsed.request()),
                done(id, activityId, "progress"), refusal -> again.apply(refusal.errors()));
    }

    @POST
    @Path("{activityId}/disbursements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disburse(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @BeanParam ImplementationForms.Disbursement form) {
        var parsed = form.request(editor.messages());
        Function<FormErrors, TemplateInstance> again = errors -> implementationPage(id, activityId,
                new Implementation(null, null, null, form, "disbursement", null), errors);
        if (parsed.errors().any()) {
            return Submission.invalid(again.apply(parsed.errors()));
        }
        return submission.submit(() -> implementation.disburse(id, activityId, parsed.request()),
                done(id, activityId, "disbursed"), refusal -> again.apply(refusal.errors()));
    }

    @POST
    @Path("{activityId}/disbursements/{disbursementId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @PathParam("disbursementId") Long disbursementId) {
        return submission.submit(() -> implementation.withdraw(disbursementId, new WithdrawRequest(null)),
                done(id, activityId, "withdrawn"), refusal -> implementationPage(id, activityId,
                        new Implementation(null, null, null, null, "withdraw", null), refusal.errors()));
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
        return page(id, a, form, formErrors, new Implementation(null, null, null, null, null, null));
    }

    private TemplateInstance implementationPage(Long id, Long activityId, Implementation input, FormErrors errors) {
        ActivityView a = workplans.activity(id, activityId);
        return page(id, a, ActivityForm.of(a), errors, input);
    }

    /** The page with the implementation read once; a form not given starts from its defaults. */
    private TemplateInstance page(Long id, ActivityView a, ActivityForm form, FormErrors formErrors,
            Implementation input) {
        LocalDate today = editor.today();
        WorkplanEditor.Page page = editor.load(id, a);
        int quarter = la.rtp.tracker.workplan.Money.quarterOf(today, page.w().year());
        Implementation impl = new Implementation(implementation.progress(id, a.id(), today),
                implementation.disbursements(id, a.id(), today),
                input.progressForm() == null ? ImplementationForms.Progress.defaults(quarter) : input.progressForm(),
                input.disbursementForm() == null ? ImplementationForms.Disbursement.defaults(today)
                        : input.disbursementForm(),
                input.refused(), input.done());
        return ws.page(Templates.edit(page, a, form, formErrors, impl));
    }

    /** Back to the activity page, saying what was done. */
    static String done(Long id, Long activityId, String what) {
        return "/app/workplans/" + id + "/activities/" + activityId + "?done=" + what;
    }
}

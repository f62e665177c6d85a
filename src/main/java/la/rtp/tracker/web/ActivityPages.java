package la.rtp.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.web.ActivityForm.Parsed;
import la.rtp.tracker.web.WorkplanEditor.StatusForm;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.DisbursementRequest;
import la.rtp.tracker.workplan.ActivityResource;
import la.rtp.tracker.workplan.WorkplanView.ActivityView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Add, edit, remove an activity, and report its disbursements once the workplan is submitted.
 * Each calls {@link ActivityResource} with the API's request, parsed from the form.
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
    ErrorPages errors;

    @Inject
    WorkplanEditor editor;

    @Inject
    ActivityResource activities;



    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@PathParam("id") Long id, @BeanParam ActivityForm form, @Context UriInfo uri) {
        Parsed<ActivityRequest> parsed = form.activity(editor.messages());
        if (parsed.errors().any()) {
            return editor.render(id, form, StatusForm.EMPTY, parsed.errors(), 422, null);
        }
        try {
            activities.create(id, parsed.request(), uri);
            return WorkplanPages.done(id, "added");
        } catch (ProblemException | ConstraintViolationException e) {
            return refusedOnEditor(id, e, form, parsed.rows());
        }
    }

    @GET
    @Path("{activityId}")
    @Operation(hidden = true)
    public Response edit(@PathParam("id") Long id, @PathParam("activityId") Long activityId) {
        ActivityView a = activities.get(id, activityId);
        return page(id, a, ActivityForm.of(a), FormErrors.none(), 200);
    }

    @POST
    @Path("{activityId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @BeanParam ActivityForm form) {
        Parsed<ActivityRequest> parsed = form.activity(editor.messages());
        if (parsed.errors().any()) {
            return page(id, activities.get(id, activityId), form, parsed.errors(), 422);
        }
        try {
            activities.update(id, activityId, parsed.request());
            return WorkplanPages.done(id, "changed");
        } catch (ProblemException | ConstraintViolationException e) {
            return refusedOnPage(id, activityId, e, form, parsed.rows());
        }
    }

    @POST
    @Path("{activityId}/disbursements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response disburse(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @BeanParam ActivityForm form) {
        Parsed<DisbursementRequest> parsed = form.disbursements(editor.messages());
        if (parsed.errors().any()) {
            return page(id, activities.get(id, activityId), form, parsed.errors(), 422);
        }
        try {
            activities.disburse(id, activityId, parsed.request());
            return WorkplanPages.done(id, "disbursed");
        } catch (ProblemException | ConstraintViolationException e) {
            return refusedOnPage(id, activityId, e, form, parsed.rows());
        }
    }

    @POST
    @Path("{activityId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response delete(@PathParam("id") Long id, @PathParam("activityId") Long activityId) {
        try {
            activities.delete(id, activityId);
            return WorkplanPages.done(id, "removed");
        } catch (ProblemException | ConstraintViolationException e) {
            return editor.refused(id, e, ActivityForm.empty(), StatusForm.EMPTY);
        }
    }

    private Response page(Long id, ActivityView a, ActivityForm form, FormErrors formErrors, int status) {
        return editor.html(status, Templates.edit(editor.load(id, a), a, form, formErrors));
    }

    private Response refusedOnEditor(Long id, RuntimeException e, ActivityForm form, List<Integer> rows) {
        if (e instanceof ProblemException p) {
            return p.status() == 403 || p.status() == 404 ? errors.page(p)
                    : editor.render(id, form, StatusForm.EMPTY, ActivityForm.onRows(FormErrors.of(p), rows), p.status(),
                            null);
        }
        return editor.render(id, form, StatusForm.EMPTY,
                ActivityForm.onRows(FormErrors.of((ConstraintViolationException) e), rows), 422, null);
    }

    private Response refusedOnPage(Long id, Long activityId, RuntimeException e, ActivityForm form, List<Integer> rows) {
        if (e instanceof ProblemException p) {
            return p.status() == 403 || p.status() == 404 ? errors.page(p)
                    : page(id, activities.get(id, activityId), form, ActivityForm.onRows(FormErrors.of(p), rows),
                            p.status());
        }
        return page(id, activities.get(id, activityId), form,
                ActivityForm.onRows(FormErrors.of((ConstraintViolationException) e), rows), 422);
    }
}

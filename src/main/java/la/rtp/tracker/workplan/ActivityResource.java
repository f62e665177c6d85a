package la.rtp.tracker.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.DisbursementRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A workplan's activities. They change only while the workplan is DRAFT or RETURNED, except the
 * disbursed amounts, which are reported during the year whatever the status.
 */
@Path("/api/v1/workplans/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
public class ActivityResource {

    static final String ENTITY = "WorkplanActivity";

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    WorkplanViews views;

    @POST
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createActivity",
            summary = "Add an activity: NSEDP outcomes of the plan in force that year, quarters, "
            + "responsible organisation and budget by funding source")
    public Response create(@PathParam("id") Long id, @Valid @NotNull ActivityRequest request, UriInfo uri) {
        Workplan w = editable(id);
        request.checkBudget();
        Activity a = new Activity();
        a.workplan = w;
        ActivityChanges.apply(a, request);
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        a.persist();
        ActivityChanges.replaceBudget(a, List.of(), request.budget());
        audit.record(ENTITY, a.id, "create", describe(w, a, "added"));
        Activity.flush();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id)).build())
                .entity(views.of(a)).build();
    }

    @GET
    @Path("{activityId}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getActivity", summary = "One activity of a workplan")
    public WorkplanView.ActivityView get(@PathParam("id") Long id, @PathParam("activityId") Long activityId) {
        return views.of(Activity.require(Workplan.require(id), activityId));
    }

    @PUT
    @Path("{activityId}")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "updateActivity",
            summary = "Replace an activity (send the version you read); DRAFT or RETURNED workplans only")
    public WorkplanView.ActivityView update(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @Valid @NotNull ActivityRequest request) {
        Workplan w = editable(id);
        Activity a = Activity.require(w, activityId);
        a.checkVersion(request.version());
        request.checkBudget();
        ActivityChanges.apply(a, request);
        ActivityChanges.replaceBudget(a, BudgetLine.ofActivities(List.of(a.id)), request.budget());
        a.updatedAt = clock.instant();
        audit.record(ENTITY, a.id, "update", describe(w, a, "changed"));
        Activity.flush();
        return views.of(a);
    }

    @DELETE
    @Path("{activityId}")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "deleteActivity",
            summary = "Remove an activity with its budget lines; DRAFT or RETURNED workplans only")
    public void delete(@PathParam("id") Long id, @PathParam("activityId") Long activityId) {
        Workplan w = editable(id);
        Activity a = Activity.require(w, activityId);
        BudgetLine.delete("activity", a);
        a.outcomes.clear();
        a.delete();
        audit.record(ENTITY, activityId, "delete", describe(w, a, "removed"));
    }

    @PUT
    @Path("{activityId}/disbursements")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "reportActivityDisbursements",
            summary = "Report the amounts disbursed by source, in any status (the only change allowed once "
            + "the workplan is SUBMITTED or ENDORSED)")
    public WorkplanView.ActivityView disburse(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @Valid @NotNull DisbursementRequest request) {
        Workplan w = writable(id);
        Activity a = Activity.require(w, activityId);
        a.checkVersion(request.version());
        request.check();
        ActivityChanges.disburse(a, BudgetLine.ofActivities(List.of(a.id)), request.budget());
        a.updatedAt = clock.instant();
        audit.record(ENTITY, a.id, "disburse", w.swg.code + " " + w.year + " activity '" + a.title
                + "' disbursed: " + request.budget().stream().map(d -> d.source() + " " + d.disbursedUsd())
                        .collect(Collectors.joining(", ")));
        Activity.flush();
        return views.of(a);
    }

    private Workplan writable(Long id) {
        Workplan w = Workplan.require(id);
        access.requireWrite(w.swg.code);
        return w;
    }

    private Workplan editable(Long id) {
        Workplan w = writable(id);
        if (!w.status.editable()) {
            throw new Problems.Conflict("The workplan is " + w.status + "; its activities can be changed only while "
                    + "it is DRAFT or RETURNED. Disbursements can still be reported with PUT "
                    + "/api/v1/workplans/" + w.id + "/activities/{activityId}/disbursements");
        }
        // A submission committed meanwhile changes the workplan's version: this write then fails with 409
        // instead of slipping an activity change into a submitted workplan.
        Workplan.getEntityManager().lock(w, LockModeType.OPTIMISTIC);
        return w;
    }

    private static String describe(Workplan w, Activity a, String what) {
        return w.swg.code + " " + w.year + " workplan (" + w.id + "): activity '" + a.title + "' " + what;
    }
}

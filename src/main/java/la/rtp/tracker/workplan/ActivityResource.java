package la.rtp.tracker.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.time.LocalDate;
import la.rtp.tracker.workplan.ImplementationRequests.DisbursementCreate;
import la.rtp.tracker.workplan.ImplementationRequests.ProgressRequest;
import la.rtp.tracker.workplan.ImplementationViews.ActivityDisbursementsView;
import la.rtp.tracker.workplan.ImplementationViews.ActivityProgressView;
import la.rtp.tracker.workplan.ImplementationViews.DisbursementView;
import la.rtp.tracker.workplan.ImplementationViews.ProgressEntry;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.DisbursementRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A workplan's activities. They change only while the workplan is DRAFT or RETURNED; their
 * implementation (progress per quarter, disbursements) is reported during the year whatever the
 * status, append-only.
 */
@Path("/api/v1/workplans/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
public class ActivityResource {

    @Inject
    WorkplanService workplans;

    @Inject
    ImplementationService implementation;

    @POST
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createActivity",
            summary = "Add an activity: NSEDP outcomes of the plan in force that year, quarters, "
            + "responsible organisation and budget by funding source")
    public Response create(@PathParam("id") Long id, @Valid @NotNull ActivityRequest request, UriInfo uri) {
        WorkplanView.ActivityView a = workplans.addActivity(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }

    @GET
    @Path("{activityId}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getActivity", summary = "One activity of a workplan")
    public WorkplanView.ActivityView get(@PathParam("id") Long id, @PathParam("activityId") Long activityId) {
        return workplans.activity(id, activityId);
    }

    @PUT
    @Path("{activityId}")
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "updateActivity",
            summary = "Replace an activity (send the version you read); DRAFT or RETURNED workplans only")
    public WorkplanView.ActivityView update(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @Valid @NotNull ActivityRequest request) {
        return workplans.updateActivity(id, activityId, request);
    }

    @DELETE
    @Path("{activityId}")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "deleteActivity",
            summary = "Remove an activity with its budget lines; DRAFT or RETURNED workplans only")
    public void delete(@PathParam("id") Long id, @PathParam("activityId") Long activityId) {
        workplans.deleteActivity(id, activityId);
    }

    @PUT
    @Path("{activityId}/disbursements")
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "reportActivityDisbursements",
            summary = "Report the amounts disbursed by source, in any status (the only change allowed once "
            + "the workplan is SUBMITTED or ENDORSED)")
    public WorkplanView.ActivityView disburse(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @Valid @NotNull DisbursementRequest request) {
        return workplans.reportDisbursements(id, activityId, request);
    }

    @GET
    @Path("{activityId}/progress")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getActivityProgress",
            summary = "An activity's status per quarter as of a date (today by default), with every report recorded")
    public ActivityProgressView progress(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @QueryParam("asOf") LocalDate asOf) {
        return implementation.progress(id, activityId, asOf);
    }

    @POST
    @Path("{activityId}/progress")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "reportActivityProgress",
            summary = "Report how an activity went in a quarter (status and narrative in English and/or Lao); "
            + "reportedOn defaults to today, and only the RTP secretariat may record another day")
    public Response reportProgress(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @Valid @NotNull ProgressRequest request) {
        ProgressEntry entry = implementation.reportProgress(id, activityId, request);
        return Response.created(URI.create("/api/v1/workplans/" + id + "/activities/" + activityId + "/progress"))
                .entity(entry).build();
    }

    @GET
    @Path("{activityId}/disbursements")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listActivityDisbursements",
            summary = "An activity's disbursements, with each line's total per quarter and in all as of a date "
            + "(today by default); withdrawn ones stay listed")
    public ActivityDisbursementsView disbursements(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @QueryParam("asOf") LocalDate asOf) {
        return implementation.disbursements(id, activityId, asOf);
    }

    @POST
    @Path("{activityId}/disbursements")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "recordDisbursement",
            summary = "Record money disbursed on one of the activity's budget lines, in the line's currency, "
            + "with its date and quarter")
    public Response disburse(@PathParam("id") Long id, @PathParam("activityId") Long activityId,
            @Valid @NotNull DisbursementCreate request) {
        DisbursementView d = implementation.disburse(id, activityId, request);
        return Response.created(URI.create("/api/v1/workplans/" + id + "/activities/" + activityId
                + "/disbursements")).entity(d).build();
    }
}

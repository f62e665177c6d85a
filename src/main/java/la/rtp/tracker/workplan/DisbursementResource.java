package la.rtp.tracker.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.workplan.ImplementationRequests.WithdrawRequest;
import la.rtp.tracker.workplan.ImplementationViews.DisbursementView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A disbursement by its id: withdrawn when recorded in error, never erased. */
@Path("/api/v1/disbursements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
public class DisbursementResource {

    @Inject
    ImplementationService implementation;

    @POST
    @Path("{disbursementId}/withdraw")
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "withdrawDisbursement",
            summary = "Withdraw a disbursement recorded in error from a date (today by default; only the RTP "
            + "secretariat may give another day); it stays in the history")
    public DisbursementView withdraw(@PathParam("disbursementId") Long disbursementId, WithdrawRequest request) {
        return implementation.withdraw(disbursementId, request);
    }
}

package la.rtp.tracker.workplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.workplan.ImplementationRequests.RateRequest;
import la.rtp.tracker.workplan.ImplementationViews.RateView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Kip per US dollar per plan year: reports show money in both currencies at the year's rate. */
@Path("/api/v1/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
public class ExchangeRateResource {

    @Inject
    ImplementationService implementation;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listExchangeRates", summary = "The exchange rate of every plan year that has one, newest first")
    public List<RateView> list() {
        return implementation.rates();
    }

    @GET
    @Path("{year}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getExchangeRate", summary = "A plan year's exchange rate (kip per US dollar)")
    public RateView get(@PathParam("year") Integer year) {
        return implementation.rate(year);
    }

    @PUT
    @Path("{year}")
    @RolesAllowed(Access.RTP)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "setExchangeRate",
            summary = "Set a plan year's exchange rate in kip per US dollar (RTP secretariat only; send the "
            + "version when replacing one)")
    public RateView set(@PathParam("year") Integer year, @Valid @NotNull RateRequest request) {
        return implementation.setRate(year, request);
    }
}

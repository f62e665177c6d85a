package la.rtp.tracker.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class RecommendationResource {

    /**
     * An addressed SWG's answer: ACCEPTED with the action items (of the SWG's own) that follow it
     * up, or NOT_ACCEPTED with the reason. {@code respondedOn} defaults to today.
     */
    public record RecommendationResponseRequest(@NotBlank @Size(max = 50) @SingleLine String swg,
            @NotNull Decision decision, @Size(max = 2000) @Text String reason, LocalDate respondedOn,
            @Size(max = 50) List<@NotNull Long> actionItemIds) {
    }

    /** One more action item of the SWG's own; {@code linkedOn} defaults to today. */
    public record RecommendationActionRequest(@NotBlank @Size(max = 50) @SingleLine String swg,
            @NotNull Long actionItemId, LocalDate linkedOn) {
    }

    @Inject
    RecommendationRegister register;

    @Inject
    RecommendationService recommendations;

    @GET
    @RolesAllowed(Access.PUBLISHED)
    @Operation(operationId = "listRecommendations",
            summary = "The register: recommendations of RTP-level meetings held in the year (default: asOf's year), "
            + "each addressed SWG's status as of asOf (default today), its answer and linked action items. swg keeps "
            + "those addressed to it (and only its entry), status the entries in that status. SWG secretariats and "
            + "chairs see their SWGs' entries; partner tokens only recommendations with published minutes")
    public PageView<RecommendationView> list(@QueryParam("year") Integer year, @QueryParam("swg") String swg,
            @QueryParam("status") RecommendationStatus status, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return register.list(year, swg, status, asOf, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.PUBLISHED)
    @Operation(operationId = "getRecommendation",
            summary = "One recommendation with each addressed SWG's status as of asOf (default today)")
    public RecommendationView get(@PathParam("id") Long id, @QueryParam("asOf") LocalDate asOf) {
        return register.get(id, asOf);
    }

    @POST
    @Path("{id}/responses")
    @RolesAllowed(Access.WRITE)
    @APIResponse(responseCode = "201", description = "Recorded; Location is the recommendation, answered as of today",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RecommendationView.class)))
    @Operation(operationId = "createRecommendationResponse",
            summary = "An addressed SWG answers (its secretariat or chair, or the RTP secretariat), once the "
            + "meeting's minutes are published: ACCEPTED links at least one action item of the SWG's own, "
            + "NOT_ACCEPTED gives the reason. A later answer replaces the earlier one from its date on. "
            + "respondedOn defaults to today; only the RTP secretariat may record another day")
    public Response respond(@PathParam("id") Long id, @Valid @NotNull RecommendationResponseRequest request) {
        RecommendationView view = recommendations.respond(id, request);
        return Response.created(UriBuilder.fromPath("/api/v1/recommendations/{id}").build(id)).entity(view).build();
    }

    @POST
    @Path("{id}/actions")
    @RolesAllowed(Access.WRITE)
    @APIResponse(responseCode = "201", description = "Linked; Location is the recommendation, answered as of today",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = RecommendationView.class)))
    @Operation(operationId = "createRecommendationAction",
            summary = "An SWG that accepted the recommendation links one more action item of its own; linkedOn "
            + "defaults to today, and only the RTP secretariat may record another day")
    public Response link(@PathParam("id") Long id, @Valid @NotNull RecommendationActionRequest request) {
        RecommendationView view = recommendations.link(id, request);
        return Response.created(UriBuilder.fromPath("/api/v1/recommendations/{id}").build(id)).entity(view).build();
    }
}

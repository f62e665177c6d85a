package la.rtp.tracker.narrative;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.narrative.NarrativeRequests.AcceptNarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.NarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.ReturnNarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.SubmitNarrativeRequest;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An SWG's narrative of a plan year: read, draft, submit; return or accept (RTP secretariat). */
@Path("/api/v1/swgs/{code}/narratives/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Narratives")
public class SwgNarrativeResource {

    @Inject
    NarrativeService narratives;

    @GET
    @RolesAllowed(Access.READ)
    @APIResponse(responseCode = "200", description = "The narrative with its history",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NarrativeView.class)))
    @Operation(operationId = "getNarrative",
            summary = "The SWG's narrative of the year: the five sections in English and Lao, status, history "
            + "and acceptances; 404 when the SWG has none")
    public NarrativeView get(@PathParam("code") String code, @PathParam("year") Integer year) {
        return narratives.get(code, year);
    }

    @PUT
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @APIResponse(responseCode = "200", description = "The texts were replaced",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NarrativeView.class)))
    @APIResponse(responseCode = "201", description = "Created in DRAFT; Location is the narrative",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NarrativeView.class)))
    @Operation(operationId = "saveNarrative",
            summary = "Create the narrative in DRAFT, or replace its ten texts while it is DRAFT or RETURNED "
            + "(409 otherwise); once it exists send the version you read (428 without it, 409 when stale)")
    public Response save(@PathParam("code") String code, @PathParam("year") Integer year,
            @Valid @NotNull NarrativeRequest request) {
        NarrativeService.Saved saved = narratives.save(code, year, request);
        if (!saved.created()) {
            return Response.ok(saved.narrative()).build();
        }
        return Response.created(UriBuilder.fromPath("/api/v1/swgs/{code}/narratives/{year}")
                .build(saved.narrative().swg(), saved.narrative().year())).entity(saved.narrative()).build();
    }

    @POST
    @Path("submit")
    @RolesAllowed(Access.WRITE)
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NarrativeView.class)))
    @Operation(operationId = "submitNarrative",
            summary = "Submit a DRAFT or RETURNED narrative to the RTP secretariat (422 naming the sections when "
            + "all are empty); submittedOn defaults to today, and only the RTP secretariat may record another day")
    public NarrativeView submit(@PathParam("code") String code, @PathParam("year") Integer year,
            SubmitNarrativeRequest request) {
        return narratives.submit(code, year, request);
    }

    @POST
    @Path("return")
    @RolesAllowed(Access.RTP)
    @APIResponse(responseCode = "200", description = "Returned for revision",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NarrativeView.class)))
    @Operation(operationId = "returnNarrative",
            summary = "Return a SUBMITTED or ACCEPTED narrative for revision, with a reason (RTP secretariat "
            + "only); the text accepted before stays in force for the report until the next acceptance")
    public NarrativeView returnForRevision(@PathParam("code") String code, @PathParam("year") Integer year,
            @Valid @NotNull ReturnNarrativeRequest request) {
        return narratives.returnForRevision(code, year, request);
    }

    @POST
    @Path("accept")
    @RolesAllowed(Access.RTP)
    @APIResponse(responseCode = "200", description = "Accepted; the texts are kept as accepted on that day",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = NarrativeView.class)))
    @Operation(operationId = "acceptNarrative",
            summary = "Accept a SUBMITTED narrative for the consolidated report; acceptedOn defaults to today "
            + "(RTP secretariat only)")
    public NarrativeView accept(@PathParam("code") String code, @PathParam("year") Integer year,
            AcceptNarrativeRequest request) {
        return narratives.accept(code, year, request);
    }
}

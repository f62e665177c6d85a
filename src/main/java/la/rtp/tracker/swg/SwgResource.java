package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/swgs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class SwgResource {

    public record SwgList(List<SwgView> items, LocalDate asOf) {
    }

    public record SubGroupRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "must be 2 to 64 lower-case letters, digits or dashes") String code,
            @NotBlank @Size(max = 200) @SingleLine String name, @NotBlank @Size(max = 200) @SingleLine String nameLo,
            @NotBlank @Size(max = 400) @SingleLine String leadMinistry,
            @NotBlank @Size(max = 4000) @Text String mandate) {
    }

    public record CadenceRequest(@NotNull Cadence cadence, Long version) {
    }

    @Inject
    DirectoryService directory;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listSwgs",
            summary = "The ten SWGs with their chairs, co-chairs and secretariat on asOf (default today)")
    public SwgList list(@QueryParam("asOf") LocalDate asOf) {
        return directory.swgs(asOf);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getSwg",
            summary = "One SWG (or sub-sector group) with its leadership on asOf (default today)")
    public SwgView get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return directory.swg(code, asOf);
    }

    @POST
    @Path("{code}/sub-groups")
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "createSubGroup",
            summary = "Add a sub-sector working group under an SWG (RTP secretariat only)")
    public Response addSubGroup(@PathParam("code") String code, @Valid @NotNull SubGroupRequest request,
            UriInfo uri) {
        SwgView sub = directory.addSubGroup(code, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/swgs").path(sub.code()).build())
                .entity(sub).build();
    }

    @PUT
    @Path("{code}/cadence")
    @RolesAllowed(Access.RTP)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "setSwgCadence",
            summary = "Set the required meeting cadence used by rule RTP-5 (RTP secretariat only)")
    public SwgView setCadence(@PathParam("code") String code, @Valid @NotNull CadenceRequest request) {
        return directory.setCadence(code, request);
    }
}

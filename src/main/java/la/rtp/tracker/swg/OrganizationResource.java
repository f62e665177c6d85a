package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class OrganizationResource {

    public record OrganizationRequest(@NotBlank @Size(max = 300) @SingleLine String name,
            @Size(max = 40) @SingleLine String acronym,
            @NotNull OrganizationType type, Long version) {
    }

    @Inject
    DirectoryService directory;

    @POST
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createOrganization",
            summary = "Add an organisation to the directory; a name already used answers 409")
    public Response create(@Valid @NotNull OrganizationRequest request, UriInfo uri) {
        OrganizationView org = directory.createOrganization(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(org.id())).build())
                .entity(org).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "updateOrganization",
            summary = "Change an organisation; send the version you read (409 when stale)")
    public OrganizationView update(@PathParam("id") Long id, @Valid @NotNull OrganizationRequest request) {
        return directory.updateOrganization(id, request);
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listOrganizations", summary = "List organisations; q searches name and acronym")
    public PageView<OrganizationView> list(@QueryParam("q") String q, @QueryParam("type") OrganizationType type,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return directory.searchOrganizations(q, type, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getOrganization", summary = "One organisation")
    public OrganizationView get(@PathParam("id") Long id) {
        return directory.organization(id);
    }
}

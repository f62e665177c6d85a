package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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

@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class PersonResource {

    public record PersonRequest(@NotBlank @Size(max = 200) @SingleLine String fullName, @NotNull Gender gender,
            Long organizationId, @Size(max = 200) @SingleLine String position,
            @Email @Size(max = 254) @SingleLine String email,
            Long version) {
    }

    @Inject
    DirectoryService directory;

    @POST
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createPerson", summary = "Add a person to the directory")
    public Response create(@Valid @NotNull PersonRequest request, UriInfo uri) {
        PersonView p = directory.createPerson(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id())).build())
                .entity(p).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Access.WRITE)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "updatePerson", summary = "Change a person; send the version you read (409 when stale)")
    public PersonView update(@PathParam("id") Long id, @Valid @NotNull PersonRequest request) {
        return directory.updatePerson(id, request);
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listPeople", summary = "List people with their organisation; q searches the name")
    public PageView<PersonView> list(@QueryParam("q") String q, @QueryParam("organizationId") Long organizationId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return directory.searchPeople(q, organizationId, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getPerson", summary = "One person with their current and past SWG roles")
    public PersonView get(@PathParam("id") Long id) {
        return directory.person(id);
    }
}

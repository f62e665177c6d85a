package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/swgs/{code}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class MembershipResource {

    public record MembershipRequest(Long personId, Long organizationId, @NotNull MembershipRole role,
            @NotNull LocalDate startDate, LocalDate endDate) {
    }

    public record EndRequest(@NotNull LocalDate endDate, Long version) {
    }

    public record MembershipList(List<MembershipView> items, LocalDate asOf) {
    }

    @Inject
    DirectoryService directory;

    @POST
    @RolesAllowed(Access.PLAN)
    @Operation(operationId = "createMembership",
            summary = "Record a post in the SWG: a person, an organisation, or both, over a term "
            + "(RTP secretariat or this SWG's secretariat)")
    public Response create(@PathParam("code") String code, @Valid @NotNull MembershipRequest request, UriInfo uri) {
        MembershipView m = directory.createMembership(code, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build())
                .entity(m).build();
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Access.PLAN)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "endMembership",
            summary = "End a membership on a date (the end day is still part of the term)")
    public MembershipView end(@PathParam("code") String code, @PathParam("id") Long id,
            @Valid @NotNull EndRequest request) {
        return directory.endMembership(code, id, request);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getMembership",
            summary = "One membership with person and organisation (the Location of a create)")
    public MembershipView get(@PathParam("code") String code, @PathParam("id") Long id) {
        return directory.membership(code, id);
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listMemberships",
            summary = "Memberships active on asOf (default today), with person and organisation")
    public MembershipList list(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return directory.memberships(code, asOf);
    }
}

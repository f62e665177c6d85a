package la.rtp.tracker.swg;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    Audit audit;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createOrganization",
            summary = "Add an organisation to the directory; a name already used answers 409")
    public Response create(@Valid @NotNull OrganizationRequest request, UriInfo uri) {
        Organization org = new Organization();
        org.createdAt = clock.instant();
        apply(org, request);
        org.persist();
        audit.record("Organization", org.id, "create", "Created organization " + org.name + " (" + org.type + ")");
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(org.id)).build())
                .entity(OrganizationView.from(org)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "updateOrganization",
            summary = "Change an organisation; send the version you read (409 when stale)")
    public OrganizationView update(@PathParam("id") Long id, @Valid @NotNull OrganizationRequest request) {
        Organization org = find(id);
        org.checkVersion(request.version());
        apply(org, request);
        audit.record("Organization", org.id, "update", "Updated organization " + org.name);
        Organization.flush();
        return OrganizationView.from(org);
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listOrganizations", summary = "List organisations; q searches name and acronym")
    public PageView<OrganizationView> list(@QueryParam("q") String q, @QueryParam("type") OrganizationType type,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("(lower(name) like :q or lower(acronym) like :q)");
            params.and("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (type != null) {
            where.add("type = :type");
            params.and("type", type);
        }
        var query = Organization.<Organization>find(String.join(" and ", where), Sort.by("name"), params)
                .page(PageView.page(page, size));
        return new PageView<>(query.list(), query.page().index, query.page().size, query.count())
                .map(OrganizationView::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getOrganization", summary = "One organisation")
    public OrganizationView get(@PathParam("id") Long id) {
        return OrganizationView.from(find(id));
    }

    private void apply(Organization org, OrganizationRequest request) {
        String name = request.name().trim().replaceAll("\\s+", " ");
        String key = Organization.keyOf(name);
        Organization same = Organization.find("nameKey", key).firstResult();
        if (same != null && !same.id.equals(org.id)) {
            throw new Problems.Conflict("An organization named '" + same.name + "' already exists (id " + same.id + ")");
        }
        org.name = name;
        org.nameKey = key;
        org.acronym = request.acronym() == null || request.acronym().isBlank() ? null : request.acronym().trim();
        org.type = request.type();
        org.updatedAt = clock.instant();
    }

    private static Organization find(Long id) {
        Organization org = Organization.findById(id);
        if (org == null) {
            throw new Problems.NotFound("Organization", id);
        }
        return org;
    }
}

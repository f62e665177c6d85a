package la.rtp.tracker.swg;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    Audit audit;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "createPerson", summary = "Add a person to the directory")
    public Response create(@Valid @NotNull PersonRequest request, UriInfo uri) {
        Person p = new Person();
        p.createdAt = clock.instant();
        apply(p, request);
        p.persist();
        audit.record("Person", p.id, "create", "Created person " + p.fullName);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id)).build())
                .entity(PersonView.from(p)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "updatePerson", summary = "Change a person; send the version you read (409 when stale)")
    public PersonView update(@PathParam("id") Long id, @Valid @NotNull PersonRequest request) {
        Person p = find(id);
        p.checkVersion(request.version());
        apply(p, request);
        audit.record("Person", p.id, "update", "Updated person " + p.fullName);
        Person.flush();
        return PersonView.from(p);
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listPeople", summary = "List people with their organisation; q searches the name")
    public PageView<PersonView> list(@QueryParam("q") String q, @QueryParam("organizationId") Long organizationId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.add("lower(p.fullName) like :q");
            params.and("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (organizationId != null) {
            where.add("p.organization.id = :org");
            params.and("org", organizationId);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var query = Person.<Person>find("from Person p left join fetch p.organization" + filter
                + " order by p.fullName, p.id", params).page(PageView.page(page, size));
        long total = Person.count("from Person p" + filter, params);
        return new PageView<>(query.list(), query.page().index, query.page().size, total).map(PersonView::from);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getPerson", summary = "One person with their current and past SWG roles")
    public PersonView get(@PathParam("id") Long id) {
        Person p = find(id);
        LocalDate today = LocalDate.now(clock.withZone(Time.ZONE));
        List<PersonView.RoleView> roles = Membership.ofPerson(p.id).stream()
                .map(m -> new PersonView.RoleView(m.id, m.swg.code, m.swg.nameEn, m.role, m.startDate, m.endDate,
                        m.activeOn(today)))
                .toList();
        return PersonView.from(p, roles);
    }

    private void apply(Person p, PersonRequest request) {
        p.fullName = request.fullName().trim().replaceAll("\\s+", " ");
        p.gender = request.gender();
        p.organization = request.organizationId() == null ? null
                : Organization.require(request.organizationId(), "organizationId");
        p.position = blankToNull(request.position());
        p.email = blankToNull(request.email());
        p.updatedAt = clock.instant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Person find(Long id) {
        Person p = Person.withOrganization(id);
        if (p == null) {
            throw new Problems.NotFound("Person", id);
        }
        return p;
    }
}

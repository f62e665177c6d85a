package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    /** Which organisation type each leading role requires. */
    private static final Map<MembershipRole, OrganizationType> REQUIRED_TYPE = Map.of(
            MembershipRole.CHAIR, OrganizationType.GOVERNMENT,
            MembershipRole.CO_CHAIR, OrganizationType.DEVELOPMENT_PARTNER);

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @RolesAllowed(Access.PLAN)
    @Operation(operationId = "createMembership",
            summary = "Record a post in the SWG: a person, an organisation, or both, over a term "
            + "(RTP secretariat or this SWG's secretariat)")
    public Response create(@PathParam("code") String code, @Valid @NotNull MembershipRequest request, UriInfo uri) {
        Swg swg = Swg.require(code);
        access.requireWrite(code, Role.SWG_SECRETARIAT);
        if (request.personId() == null && request.organizationId() == null) {
            throw new Problems.Invalid("personId", "Give a personId, an organizationId, or both");
        }
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw new Problems.Invalid("endDate", "endDate must not be before startDate");
        }
        Person person = request.personId() == null ? null : Person.require(request.personId(), "personId");
        Organization org = request.organizationId() != null
                ? Organization.require(request.organizationId(), "organizationId")
                : person.organization;
        checkOrganizationType(request.role(), org, request.organizationId() != null ? "organizationId" : "personId");
        // Chairs and co-chairs are posts held by an organisation (a person only represents it), so
        // the person's organisation is the holder; other roles given a person only are personal.
        Organization holder = request.organizationId() != null || REQUIRED_TYPE.containsKey(request.role())
                ? org : null;
        lock(swg);
        Membership.requireNoOverlap(swg, request.role(), person, holder, request.startDate(), request.endDate(),
                null);
        Membership m = new Membership();
        m.swg = swg;
        m.person = person;
        m.organization = holder;
        m.role = request.role();
        m.startDate = request.startDate();
        m.endDate = request.endDate();
        m.createdAt = clock.instant();
        m.persist();
        audit.record("Membership", m.id, "create", code + ": " + m.role + " "
                + (person != null ? person.fullName : org.name) + " from " + m.startDate);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id)).build())
                .entity(MembershipView.from(m)).build();
    }

    @POST
    @Path("{id}/end")
    @Transactional
    @RolesAllowed(Access.PLAN)
    @Operation(operationId = "endMembership",
            summary = "End a membership on a date (the end day is still part of the term)")
    public MembershipView end(@PathParam("code") String code, @PathParam("id") Long id,
            @Valid @NotNull EndRequest request) {
        Membership m = find(code, id);
        access.requireWrite(code, Role.SWG_SECRETARIAT);
        m.checkVersion(request.version());
        if (request.endDate().isBefore(m.startDate)) {
            throw new Problems.Invalid("endDate", "endDate must not be before the start date " + m.startDate);
        }
        // A later end date lengthens the term, which may now run into the holder's next term.
        lock(m.swg);
        Membership.requireNoOverlap(m.swg, m.role, m.person, m.organization, m.startDate, request.endDate(), m.id);
        m.endDate = request.endDate();
        audit.record("Membership", m.id, "end", code + ": " + m.role + " ends on " + m.endDate);
        Membership.flush();
        return MembershipView.from(m);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getMembership",
            summary = "One membership with person and organisation (the Location of a create)")
    public MembershipView get(@PathParam("code") String code, @PathParam("id") Long id) {
        return MembershipView.from(find(code, id));
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listMemberships",
            summary = "Memberships active on asOf (default today), with person and organisation")
    public MembershipList list(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        Swg swg = Swg.require(code);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock.withZone(Time.ZONE));
        return new MembershipList(Membership.activeOn(List.of(swg.id), day).stream()
                .map(MembershipView::from).toList(), day);
    }

    private static Membership find(String code, Long id) {
        Membership m = Membership.withDetails(id);
        if (m == null || !m.swg.code.equals(code)) {
            throw new Problems.NotFound("Membership", id);
        }
        return m;
    }

    /**
     * The overlap rule cannot be a unique constraint, so writers of one SWG's memberships queue on
     * the SWG's row: two concurrent requests cannot both see "no overlap" and both insert.
     */
    private static void lock(Swg swg) {
        Swg.getEntityManager().lock(swg, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void checkOrganizationType(MembershipRole role, Organization org, String field) {
        OrganizationType required = REQUIRED_TYPE.get(role);
        if (required == null) {
            return;
        }
        if (org == null) {
            throw new Problems.Invalid(field, "A " + role + " must be linked to a " + required
                    + " organization; this person has none");
        }
        if (org.type != required) {
            throw new Problems.Invalid(field, "A " + role + "'s organization must be " + required + "; "
                    + org.name + " is " + org.type);
        }
    }
}

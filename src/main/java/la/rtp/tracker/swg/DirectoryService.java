package la.rtp.tracker.swg;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Filter;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.security.Role;
import la.rtp.tracker.swg.MembershipResource.EndRequest;
import la.rtp.tracker.swg.MembershipResource.MembershipList;
import la.rtp.tracker.swg.MembershipResource.MembershipRequest;
import la.rtp.tracker.swg.OrganizationResource.OrganizationRequest;
import la.rtp.tracker.swg.PersonResource.PersonRequest;
import la.rtp.tracker.swg.SwgResource.CadenceRequest;
import la.rtp.tracker.swg.SwgResource.SubGroupRequest;
import la.rtp.tracker.swg.SwgResource.SwgList;

/**
 * The directory: the SWGs (their sub-sector groups and meeting cadence), organisations, people and
 * the memberships that say who holds which post in an SWG. Every write checks the caller's access,
 * runs in its own transaction and leaves an audit row; every update of an existing row requires
 * the version the caller read (428 without it, 409 when stale). The REST resources and the
 * workspace pages both call here.
 */
@ApplicationScoped
public class DirectoryService {

    /** Which organisation type each leading role requires. */
    private static final Map<MembershipRole, OrganizationType> REQUIRED_TYPE = Map.of(
            MembershipRole.CHAIR, OrganizationType.GOVERNMENT,
            MembershipRole.CO_CHAIR, OrganizationType.DEVELOPMENT_PARTNER);

    @Inject
    Access access;

    @Inject
    Audit audit;

    // SWGs

    /** The top-level SWGs with their leadership on {@code asOf} (default today). */
    @RolesAllowed(Access.READ)
    public SwgList swgs(LocalDate asOf) {
        LocalDate day = day(asOf);
        List<Swg> swgs = Swg.topLevel();
        List<Long> ids = swgs.stream().map(s -> s.id).toList();
        Map<Long, List<Membership>> active = byId(Membership.activeOn(ids, day), m -> m.swg.id);
        Map<Long, List<Swg>> children = byId(Swg.childrenOf(ids), c -> c.parent.id);
        return new SwgList(swgs.stream().map(s -> SwgView.from(s, active.getOrDefault(s.id, List.of()),
                children.getOrDefault(s.id, List.of()))).toList(), day);
    }

    /** One SWG (or sub-sector group) with its leadership on {@code asOf} (default today). */
    @RolesAllowed(Access.READ)
    public SwgView swg(String code, LocalDate asOf) {
        Swg swg = Swg.require(code);
        return SwgView.from(swg, Membership.activeOn(List.of(swg.id), day(asOf)), Swg.childrenOf(List.of(swg.id)));
    }

    /** Adds a sub-sector working group under one of the ten SWGs (RTP secretariat only). */
    @Transactional
    @RolesAllowed(Access.RTP)
    public SwgView addSubGroup(String code, @Valid @NotNull SubGroupRequest request) {
        Swg parent = Swg.require(code);
        if (parent.parent != null) {
            throw new Problems.Invalid("code", "Sub-sector groups sit under one of the ten SWGs, not under "
                    + "another sub-sector group");
        }
        if (Swg.count("code", request.code()) > 0) {
            throw new Problems.Conflict("The code '" + request.code() + "' is already used");
        }
        Swg sub = new Swg();
        sub.code = request.code();
        sub.nameEn = request.name().trim();
        sub.nameLo = request.nameLo().trim();
        sub.leadMinistry = request.leadMinistry().trim();
        sub.mandate = request.mandate().trim();
        sub.parent = parent;
        sub.cadence = parent.cadence;
        sub.createdAt = audit.now();
        sub.persist();
        audit.record("Swg", sub.code, "create", "Added sub-sector group " + sub.code + " under " + code);
        return SwgView.from(sub, List.of(), List.of());
    }

    /** Sets the meeting cadence rule RTP-5 asks of the SWG (RTP secretariat only). */
    @Transactional
    @RolesAllowed(Access.RTP)
    public SwgView setCadence(String code, @Valid @NotNull CadenceRequest request) {
        Swg swg = Swg.require(code);
        swg.requireVersion(request.version());
        Cadence before = swg.cadence;
        swg.cadence = request.cadence();
        audit.record("Swg", code, "cadence", "Cadence of " + code + " changed from " + before + " to "
                + swg.cadence);
        Swg.flush();
        return swg(code, null);
    }

    // Organisations

    @RolesAllowed(Access.READ)
    public PageView<OrganizationView> searchOrganizations(String q, OrganizationType type, Integer page,
            Integer size) {
        Filter filter = new Filter().and("(lower(name) like :q or lower(acronym) like :q)", "q", like(q))
                .and("type = :type", "type", type);
        var query = Organization.<Organization>find(filter.conditions(), Sort.by("name"), filter.params())
                .page(PageView.page(page, size));
        return new PageView<>(query.list(), query.page().index, query.page().size, query.count())
                .map(OrganizationView::from);
    }

    @RolesAllowed(Access.READ)
    public OrganizationView organization(Long id) {
        return OrganizationView.from(findOrganization(id));
    }

    /** Adds an organisation; a name already used (case and spaces aside) is a conflict. */
    @Transactional
    @RolesAllowed(Access.WRITE)
    public OrganizationView createOrganization(@Valid @NotNull OrganizationRequest request) {
        Organization org = new Organization();
        org.createdAt = audit.now();
        apply(org, request);
        org.persist();
        audit.record("Organization", org.id, "create", "Created organization " + org.name + " (" + org.type + ")");
        return OrganizationView.from(org);
    }

    @Transactional
    @RolesAllowed(Access.WRITE)
    public OrganizationView updateOrganization(Long id, @Valid @NotNull OrganizationRequest request) {
        Organization org = findOrganization(id);
        org.requireVersion(request.version());
        apply(org, request);
        audit.record("Organization", org.id, "update", "Updated organization " + org.name);
        Organization.flush();
        return OrganizationView.from(org);
    }

    // People

    /** People with their organisation, by name; {@code q} searches the name. */
    @RolesAllowed(Access.READ)
    public PageView<PersonView> searchPeople(String q, Long organizationId, Integer page, Integer size) {
        Filter filter = new Filter().and("lower(p.fullName) like :q", "q", like(q))
                .and("p.organization.id = :org", "org", organizationId);
        var query = Person.<Person>find("from Person p left join fetch p.organization" + filter.where()
                + " order by p.fullName, p.id", filter.params()).page(PageView.page(page, size));
        long total = Person.count("from Person p" + filter.where(), filter.params());
        return new PageView<>(query.list(), query.page().index, query.page().size, total).map(PersonView::from);
    }

    /** One person with their current and past SWG roles. */
    @RolesAllowed(Access.READ)
    public PersonView person(Long id) {
        Person p = findPerson(id);
        LocalDate today = today();
        List<PersonView.RoleView> roles = Membership.ofPerson(p.id).stream()
                .map(m -> new PersonView.RoleView(m.id, m.swg.code, m.swg.nameEn, m.role, m.startDate, m.endDate,
                        m.activeOn(today)))
                .toList();
        return PersonView.from(p, roles);
    }

    @Transactional
    @RolesAllowed(Access.WRITE)
    public PersonView createPerson(@Valid @NotNull PersonRequest request) {
        Person p = new Person();
        p.createdAt = audit.now();
        apply(p, request);
        p.persist();
        audit.record("Person", p.id, "create", "Created person " + p.fullName);
        return PersonView.from(p);
    }

    @Transactional
    @RolesAllowed(Access.WRITE)
    public PersonView updatePerson(Long id, @Valid @NotNull PersonRequest request) {
        Person p = findPerson(id);
        p.requireVersion(request.version());
        apply(p, request);
        audit.record("Person", p.id, "update", "Updated person " + p.fullName);
        Person.flush();
        return PersonView.from(p);
    }

    // Memberships

    /** The SWG's memberships active on {@code asOf} (default today), with person and organisation. */
    @RolesAllowed(Access.READ)
    public MembershipList memberships(String code, LocalDate asOf) {
        Swg swg = Swg.require(code);
        LocalDate day = day(asOf);
        return new MembershipList(Membership.activeOn(List.of(swg.id), day).stream()
                .map(MembershipView::from).toList(), day);
    }

    @RolesAllowed(Access.READ)
    public MembershipView membership(String code, Long id) {
        return MembershipView.from(findMembership(code, id));
    }

    /**
     * Records a post in the SWG (RTP secretariat or this SWG's secretariat). Chairs and co-chairs
     * are posts held by an organisation of the required type; the same holder may not hold the
     * same role twice over overlapping terms.
     */
    @Transactional
    @RolesAllowed(Access.PLAN)
    public MembershipView createMembership(String code, @Valid @NotNull MembershipRequest request) {
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
        m.createdAt = audit.now();
        m.persist();
        audit.record("Membership", m.id, "create", code + ": " + m.role + " "
                + (person != null ? person.fullName : org.name) + " from " + m.startDate);
        return MembershipView.from(m);
    }

    /** Ends a membership on a date (the end day is still part of the term). */
    @Transactional
    @RolesAllowed(Access.PLAN)
    public MembershipView endMembership(String code, Long id, @Valid @NotNull EndRequest request) {
        Membership m = findMembership(code, id);
        access.requireWrite(code, Role.SWG_SECRETARIAT);
        m.requireVersion(request.version());
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
        org.updatedAt = audit.now();
    }

    private void apply(Person p, PersonRequest request) {
        p.fullName = request.fullName().trim().replaceAll("\\s+", " ");
        p.gender = request.gender();
        p.organization = request.organizationId() == null ? null
                : Organization.require(request.organizationId(), "organizationId");
        p.position = blankToNull(request.position());
        p.email = blankToNull(request.email());
        p.updatedAt = audit.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Organization findOrganization(Long id) {
        Organization org = Organization.findById(id);
        return Problems.found(org, "Organization", id);
    }

    private static Person findPerson(Long id) {
        Person p = Person.withOrganization(id);
        return Problems.found(p, "Person", id);
    }

    private static Membership findMembership(String code, Long id) {
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

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : today();
    }

    private LocalDate today() {
        return audit.today();
    }

    private static <T> Map<Long, List<T>> byId(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }

    /** The pattern of a case-insensitive search for {@code q}; null when blank. */
    private static String like(String q) {
        String text = Filter.text(q);
        return text == null ? null : "%" + text.toLowerCase(Locale.ROOT) + "%";
    }
}

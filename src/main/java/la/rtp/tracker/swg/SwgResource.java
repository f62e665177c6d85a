package la.rtp.tracker.swg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.SingleLine;
import la.rtp.tracker.common.Text;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listSwgs",
            summary = "The ten SWGs with their chairs, co-chairs and secretariat on asOf (default today)")
    public SwgList list(@QueryParam("asOf") LocalDate asOf) {
        LocalDate day = day(asOf);
        List<Swg> swgs = Swg.topLevel();
        List<Long> ids = swgs.stream().map(s -> s.id).toList();
        Map<Long, List<Membership>> active = byId(Membership.activeOn(ids, day), m -> m.swg.id);
        Map<Long, List<Swg>> children = byId(Swg.childrenOf(ids), c -> c.parent.id);
        return new SwgList(swgs.stream().map(s -> SwgView.from(s, active.getOrDefault(s.id, List.of()),
                children.getOrDefault(s.id, List.of()))).toList(), day);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getSwg",
            summary = "One SWG (or sub-sector group) with its leadership on asOf (default today)")
    public SwgView get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        Swg swg = Swg.require(code);
        return SwgView.from(swg, Membership.activeOn(List.of(swg.id), day(asOf)), Swg.childrenOf(List.of(swg.id)));
    }

    @POST
    @Path("{code}/sub-groups")
    @Transactional
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "createSubGroup",
            summary = "Add a sub-sector working group under an SWG (RTP secretariat only)")
    public Response addSubGroup(@PathParam("code") String code, @Valid @NotNull SubGroupRequest request,
            UriInfo uri) {
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
        sub.createdAt = clock.instant();
        sub.persist();
        audit.record("Swg", sub.code, "create", "Added sub-sector group " + sub.code + " under " + code);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/swgs").path(sub.code).build())
                .entity(SwgView.from(sub, List.of(), List.of())).build();
    }

    @PUT
    @Path("{code}/cadence")
    @Transactional
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "setSwgCadence",
            summary = "Set the required meeting cadence used by rule RTP-5 (RTP secretariat only)")
    public SwgView setCadence(@PathParam("code") String code, @Valid @NotNull CadenceRequest request) {
        Swg swg = Swg.require(code);
        swg.checkVersion(request.version());
        Cadence before = swg.cadence;
        swg.cadence = request.cadence();
        audit.record("Swg", code, "cadence", "Cadence of " + code + " changed from " + before + " to "
                + swg.cadence);
        Swg.flush();
        return get(code, null);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock.withZone(Time.ZONE));
    }

    private static <T> Map<Long, List<T>> byId(List<T> rows, java.util.function.Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }
}

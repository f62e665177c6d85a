package la.rtp.tracker.workplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import la.rtp.tracker.common.ProblemResponses;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workplan-deadlines/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
public class WorkplanDeadlineResource {

    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2200;

    public record DeadlineRequest(@NotNull LocalDate deadline, Long version) {
    }

    /** The deadline in force; {@code isDefault} when no override is set for the year. */
    public record DeadlineView(int year, LocalDate deadline, @JsonProperty("isDefault") boolean isDefault,
            LocalDate defaultDeadline, Long version, Instant updatedAt, String updatedBy) {
    }

    @Inject
    WorkplanService workplans;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getWorkplanDeadline",
            summary = "The workplan submission deadline in force for a year, and whether it is the default")
    public DeadlineView get(@PathParam("year") Integer year) {
        return workplans.deadline(year);
    }

    @PUT
    @RolesAllowed(Access.RTP)
    @Extension(name = ProblemResponses.VERSION_REQUIRED, value = "true")
    @Operation(operationId = "setWorkplanDeadline",
            summary = "Set the workplan submission deadline of a year (RTP secretariat only)")
    public DeadlineView set(@PathParam("year") Integer year, @Valid @NotNull DeadlineRequest request) {
        return workplans.setDeadline(year, request);
    }

    @DELETE
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "resetWorkplanDeadline",
            summary = "Remove a year's deadline override: the configured default applies again "
            + "(RTP secretariat only)")
    public DeadlineView reset(@PathParam("year") Integer year) {
        return workplans.resetDeadline(year);
    }
}

package la.rtp.tracker.workplan;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    WorkplanDeadlines deadlines;

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getWorkplanDeadline",
            summary = "The workplan submission deadline in force for a year, and whether it is the default")
    public DeadlineView get(@PathParam("year") Integer year) {
        return view(checkYear(year));
    }

    @PUT
    @Transactional
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "setWorkplanDeadline",
            summary = "Set the workplan submission deadline of a year (RTP secretariat only)")
    public DeadlineView set(@PathParam("year") Integer year, @Valid @NotNull DeadlineRequest request) {
        checkYear(year);
        int dateYear = request.deadline().getYear();
        if (dateYear != year && dateYear != year - 1) {
            throw new Problems.Invalid("deadline", "The deadline of the " + year + " workplans must fall in "
                    + (year - 1) + " or " + year);
        }
        WorkplanDeadline d = WorkplanDeadline.forYear(year).orElseGet(() -> {
            WorkplanDeadline created = new WorkplanDeadline();
            created.year = year;
            return created;
        });
        if (d.id != null) {
            d.checkVersion(request.version());
        }
        LocalDate before = d.id != null ? d.deadline : deadlines.defaultFor(year);
        d.deadline = request.deadline();
        d.updatedAt = clock.instant();
        d.updatedBy = access.actor();
        d.persistAndFlush();
        audit.record("WorkplanDeadline", year, "set", "Workplan deadline for " + year + " set to " + d.deadline
                + " (was " + before + ")");
        return view(year);
    }

    @DELETE
    @Transactional
    @RolesAllowed(Access.RTP)
    @Operation(operationId = "resetWorkplanDeadline",
            summary = "Remove a year's deadline override: the configured default applies again "
            + "(RTP secretariat only)")
    public DeadlineView reset(@PathParam("year") Integer year) {
        checkYear(year);
        WorkplanDeadline d = WorkplanDeadline.forYear(year)
                .orElseThrow(() -> new Problems.NotFound("Deadline override for year", year));
        d.delete();
        WorkplanDeadline.flush();
        audit.record("WorkplanDeadline", year, "reset", "Workplan deadline override for " + year + " ("
                + d.deadline + ") removed; the default " + deadlines.defaultFor(year) + " applies");
        return view(year);
    }

    private DeadlineView view(int year) {
        LocalDate byDefault = deadlines.defaultFor(year);
        return WorkplanDeadline.forYear(year)
                .map(d -> new DeadlineView(year, d.deadline, false, byDefault, d.version, d.updatedAt, d.updatedBy))
                .orElseGet(() -> new DeadlineView(year, byDefault, true, byDefault, null, null, null));
    }

    private static int checkYear(Integer year) {
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            throw new Problems.Invalid("year", "year must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }
}

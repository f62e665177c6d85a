package la.rtp.tracker.meeting;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.BusinessDates;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action items")
public class ActionItemResource {

    /** {@code on} defaults to today (Vientiane). */
    public record StatusRequest(@NotNull ActionItemStatus status, LocalDate on, Long version) {
    }

    /**
     * The item's status on :day was OPEN or IN_PROGRESS: its last change on or before that day
     * (ties by id) is an open one. Items not yet opened on that day do not match.
     */
    static final String OPEN_ON = "exists (select c from ActionItemChange c where c.actionItem = i "
            + "and c.changedOn <= :day and c.status in (:open) and not exists (select c2 from ActionItemChange c2 "
            + "where c2.actionItem = i and c2.changedOn <= :day and (c2.changedOn > c.changedOn "
            + "or (c2.changedOn = c.changedOn and c2.id > c.id))))";

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listActionItems",
            summary = "List action items by due date; overdueOn=D lists those due before D (the due day is "
            + "still in time) that were still OPEN or IN_PROGRESS on D (per their history), as rule RTP-8 counts them")
    public PageView<ActionItemView> list(@QueryParam("swg") String swg, @QueryParam("status") ActionItemStatus status,
            @QueryParam("overdueOn") LocalDate overdueOn, @QueryParam("meetingId") Long meetingId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (swg != null && !swg.isBlank()) {
            where.add("s.code = :swg");
            params.and("swg", swg.trim());
        }
        if (status != null) {
            where.add("i.status = :status");
            params.and("status", status);
        }
        if (meetingId != null) {
            where.add("m.id = :meeting");
            params.and("meeting", meetingId);
        }
        if (overdueOn != null) {
            where.add("i.dueDate < :day and " + OPEN_ON);
            params.and("day", overdueOn).and("open", List.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS));
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var query = ActionItem.<ActionItem>find(ActionItem.FETCH + filter + " order by i.dueDate, i.id", params)
                .page(PageView.page(page, size));
        List<ActionItem> items = query.list();
        long total = ActionItem.count("from ActionItem i join i.meeting m join i.swg s" + filter, params);
        LocalDate today = today();
        return new PageView<>(items.stream().map(i -> ActionItemView.from(i, today)).toList(), query.page().index,
                query.page().size, total);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getActionItem", summary = "One action item with its status history")
    public ActionItemView get(@PathParam("id") Long id) {
        ActionItem i = ActionItem.require(id);
        return ActionItemView.from(i, today(), ActionItemChange.ofItem(i.id));
    }

    @POST
    @Path("{id}/status")
    @Transactional
    @RolesAllowed(Access.WRITE)
    @Operation(operationId = "changeActionItemStatus",
            summary = "Change the status as of a date (default today; only the RTP secretariat may record "
            + "another date, not before the last change, not in the future). DONE and CANCELLED are final, except "
            + "reopening to OPEN")
    public ActionItemView status(@PathParam("id") Long id, @Valid @NotNull StatusRequest request) {
        ActionItem i = ActionItem.require(id);
        access.requireWrite(i.swg.code);
        i.checkVersion(request.version());
        ActionItemStatus next = request.status();
        if (next == i.status) {
            throw new Problems.Conflict("Action item " + i.id + " is already " + i.status);
        }
        if (!i.status.mayBecome(next)) {
            throw new Problems.Conflict("Action item " + i.id + " is " + i.status
                    + ", which is final; it can only be reopened (status OPEN)");
        }
        LocalDate today = today();
        LocalDate on = BusinessDates.recorded("on", request.on(), today, access.isSecretariat());
        if (on.isBefore(i.statusOn)) {
            throw new Problems.Invalid("on", "on must not be before the item's last change, on " + i.statusOn);
        }
        ActionItemStatus from = i.status;
        Instant now = clock.instant();
        i.status = next;
        i.statusOn = on;
        i.updatedAt = now;
        ActionItemChange.record(i, from, on, now, access.actor());
        audit.record("ActionItem", i.id, "status", i.swg.code + ": action " + i.id + " " + from + " -> " + next
                + " on " + on);
        ActionItem.flush();
        return ActionItemView.from(i, today, ActionItemChange.ofItem(i.id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Time.ZONE));
    }
}

package la.rtp.tracker.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.BusinessDates;
import la.rtp.tracker.common.Filter;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Person;
import la.rtp.tracker.swg.Swg;

/** Actions agreed at meetings: listing them, recording them, and their status as of a date. */
@ApplicationScoped
public class ActionItemService {

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

    /**
     * Action items by due date; {@code overdueOn=D} keeps those due before D that were still OPEN
     * or IN_PROGRESS on D (per their history), as rule RTP-8 counts them.
     */
    public PageView<ActionItemView> list(String swg, ActionItemStatus status, LocalDate overdueOn, Long meetingId,
            Integer page, Integer size) {
        Filter filter = new Filter().and("s.code = :swg", "swg", Filter.text(swg))
                .and("i.status = :status", "status", status).and("m.id = :meeting", "meeting", meetingId)
                .and("i.dueDate < :day and " + OPEN_ON, "day", overdueOn);
        if (overdueOn != null) {
            filter.params().and("open", List.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS));
        }
        var query = ActionItem.<ActionItem>find(ActionItem.FETCH + filter.where() + " order by i.dueDate, i.id",
                filter.params()).page(PageView.page(page, size));
        List<ActionItem> items = query.list();
        long total = ActionItem.count("from ActionItem i join i.meeting m join i.swg s" + filter.where(),
                filter.params());
        LocalDate today = today();
        return new PageView<>(items.stream().map(i -> ActionItemView.from(i, today)).toList(), query.page().index,
                query.page().size, total);
    }

    /** One item with its status history; 404. */
    public ActionItemView get(Long id) {
        ActionItem i = ActionItem.require(id);
        return ActionItemView.from(i, today(), ActionItemChange.ofItem(i.id));
    }

    /**
     * Records an action agreed at the meeting, owned by an organisation, a person or both; it opens
     * on the meeting date (today if the meeting is still ahead).
     */
    @Transactional
    public ActionItemView create(Long meetingId, @Valid @NotNull MeetingActionItemResource.ActionItemRequest request) {
        Meeting m = Meeting.require(meetingId);
        m.requireWrite(access);
        m.refuseIfCancelled(() -> "Meeting " + m.id + " was cancelled; it raises no action items");
        Swg swg = owner(m, request.swg());
        if (request.ownerOrganizationId() == null && request.ownerPersonId() == null) {
            throw new Problems.Invalid(List.of(
                    new FieldError("ownerOrganizationId", "Give an owner: ownerOrganizationId, ownerPersonId or both"),
                    new FieldError("ownerPersonId", "Give an owner: ownerOrganizationId, ownerPersonId or both")));
        }
        if (request.dueDate().isBefore(m.meetingDate)) {
            throw new Problems.Invalid("dueDate", "dueDate must not be before the meeting date " + m.meetingDate);
        }
        LocalDate today = today();
        Instant now = audit.now();
        ActionItem i = new ActionItem();
        i.meeting = m;
        i.swg = swg;
        i.description = request.description().trim();
        i.ownerOrganization = request.ownerOrganizationId() == null ? null
                : Organization.require(request.ownerOrganizationId(), "ownerOrganizationId");
        i.ownerPerson = request.ownerPersonId() == null ? null
                : Person.require(request.ownerPersonId(), "ownerPersonId");
        i.dueDate = request.dueDate();
        i.openedOn = m.meetingDate.isAfter(today) ? today : m.meetingDate;
        i.statusOn = i.openedOn;
        i.createdAt = now;
        i.updatedAt = now;
        i.persist();
        ActionItemChange.record(i, null, i.openedOn, now, access.actor());
        audit.record("ActionItem", i.id, "create", swg.code + ": meeting " + m.id + " action '"
                + i.description + "' due " + i.dueDate);
        return ActionItemView.from(i, today, ActionItemChange.ofItem(i.id));
    }

    /**
     * Changes the status as of a date (default today; only the RTP secretariat may record another
     * date): the version read is required (428 without it, 409 when stale).
     */
    @Transactional
    public ActionItemView changeStatus(Long id, @Valid @NotNull ActionItemResource.StatusRequest request) {
        ActionItem i = ActionItem.require(id);
        access.requireWrite(i.swg.code);
        i.requireVersion(request.version());
        i.requireMayBecome(request.status());
        LocalDate today = today();
        LocalDate on = BusinessDates.recorded("on", request.on(), today, access.isSecretariat());
        ActionItemStatus from = i.changeStatus(request.status(), on, audit.now(), access.actor());
        audit.record("ActionItem", i.id, "status", i.swg.code + ": action " + i.id + " " + from + " -> "
                + i.status + " on " + on);
        ActionItem.flush();
        return ActionItemView.from(i, today, ActionItemChange.ofItem(i.id));
    }

    /**
     * The SWG an action raised at the meeting belongs to: the meeting's own SWG, or at an RTP-level
     * meeting the participating SWG named by {@code code} (required there, 422 otherwise).
     */
    private static Swg owner(Meeting m, String code) {
        String c = code == null || code.isBlank() ? null : code.trim();
        if (!m.rtpLevel()) {
            if (c != null && !c.equals(m.swg.code)) {
                throw new Problems.Invalid("swg", "An action raised at SWG " + m.swg.code
                        + "'s meeting belongs to that SWG, not " + c);
            }
            return m.swg;
        }
        if (c == null) {
            throw new Problems.Invalid("swg", "Name the SWG taking part in meeting " + m.id + " that the action "
                    + "belongs to: one of " + String.join(", ", m.participantCodes()));
        }
        return m.participants.stream().filter(s -> s.code.equals(c)).findFirst()
                .orElseThrow(() -> new Problems.Invalid("swg", "SWG " + c + " does not take part in meeting " + m.id
                        + " (" + String.join(", ", m.participantCodes()) + ")"));
    }

    private LocalDate today() {
        return audit.today();
    }
}

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
import la.rtp.tracker.common.Filter;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Swg;

/**
 * Meetings: listing and reading them, scheduling, rescheduling, and their status (held,
 * cancelled). Every write checks that the caller may write the meeting's SWG and leaves an audit
 * row, in its own transaction; the API and the workspace pages both come here.
 */
@ApplicationScoped
public class MeetingService {

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    MeetingViews views;

    @Inject
    MeetingWarnings warnings;

    /** Meetings by start time; {@code from} and {@code to} are inclusive Vientiane dates of the start. */
    public PageView<MeetingView> list(String swg, LocalDate from, LocalDate to, MeetingStatus status,
            MeetingKind kind, Integer page, Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new Problems.BadRequest("to", "to must not be before from");
        }
        Filter filter = new Filter().and("s.code = :swg", "swg", Filter.text(swg))
                .and("m.meetingDate >= :from", "from", from).and("m.meetingDate <= :to", "to", to)
                .and("m.status = :status", "status", status).and("m.kind = :kind", "kind", kind);
        var query = Meeting.<Meeting>find("from Meeting m join fetch m.swg s" + filter.where()
                + " order by m.startsAt, m.id", filter.params()).page(PageView.page(page, size));
        List<Meeting> meetings = query.list();
        long total = Meeting.count("from Meeting m join m.swg s" + filter.where(), filter.params());
        return new PageView<>(views.page(meetings), query.page().index, query.page().size, total);
    }

    /** One meeting with agenda, attendance, minutes status and (not for partners) people and actions; 404. */
    public MeetingView get(Long id) {
        return views.one(Meeting.require(id));
    }

    /** Advice on a meeting just scheduled: another meeting that day, periods without a regular meeting. */
    public List<String> warnings(Long id) {
        return warnings.of(Meeting.require(id));
    }

    /** Schedules a meeting of the SWG; the answer carries the warnings. */
    @Transactional
    public MeetingView schedule(String code, @Valid @NotNull SwgMeetingResource.MeetingRequest request) {
        Swg swg = Swg.require(code);
        access.requireWrite(code);
        Meeting m = new Meeting();
        m.swg = swg;
        request.applyTo(m);
        m.createdAt = audit.now();
        m.updatedAt = m.createdAt;
        m.persist();
        audit.record("Meeting", m.id, "create", code + ": scheduled " + m.kind + " meeting '" + m.title + "' on "
                + m.meetingDate);
        return views.one(m).withWarnings(warnings.of(m));
    }

    /** Reschedules or renames a scheduled meeting: 428 without a version, 409 when stale. */
    @Transactional
    public MeetingView update(Long id, @Valid @NotNull SwgMeetingResource.MeetingRequest request) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        m.requireVersion(request.version());
        m.requireStatus(MeetingStatus.SCHEDULED, "reschedule it");
        request.applyTo(m);
        m.updatedAt = audit.now();
        audit.record("Meeting", m.id, "update", m.swg.code + ": '" + m.title + "' " + m.kind + " on "
                + m.meetingDate + " (sequence " + m.sequence + ")");
        Meeting.flush();
        return views.one(m).withWarnings(warnings.of(m));
    }

    /** Records that a scheduled meeting took place (409 before its start time). */
    @Transactional
    public MeetingView markHeld(Long id) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        m.markHeld(audit.now());
        audit.record("Meeting", m.id, "held", m.swg.code + ": '" + m.title + "' of " + m.meetingDate + " held");
        Meeting.flush();
        return views.one(m);
    }

    /** Cancels a scheduled meeting, giving the reason. */
    @Transactional
    public MeetingView cancel(Long id, @Valid @NotNull MeetingResource.CancelRequest request) {
        Meeting m = Meeting.require(id);
        access.requireWrite(m.swg.code);
        Instant now = audit.now();
        m.cancel(request.reason(), now);
        audit.record("Meeting", m.id, "cancel", m.swg.code + ": '" + m.title + "' of " + m.meetingDate
                + " cancelled: " + m.cancelReason);
        Meeting.flush();
        return views.one(m);
    }
}

package la.rtp.tracker.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    /**
     * Meetings by start time; {@code from} and {@code to} are inclusive Vientiane dates of the start.
     * {@code swg} keeps that SWG's own meetings and the RTP-level ones it takes part in; an
     * SWG-scoped caller sees RTP-level meetings only when an SWG on the account takes part.
     */
    public PageView<MeetingView> list(String swg, LocalDate from, LocalDate to, MeetingStatus status,
            MeetingKind kind, String organiser, Integer page, Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new Problems.BadRequest("to", "to must not be before from");
        }
        Filter filter = new Filter().and("(s.code = :swg or exists (select 1 from Meeting pm join pm.participants ps "
                        + "where pm.id = m.id and ps.code = :swg))", "swg", Filter.text(swg))
                .and("m.meetingDate >= :from", "from", from).and("m.meetingDate <= :to", "to", to)
                .and("m.status = :status", "status", status).and("m.kind = :kind", "kind", kind)
                .and("m.kind in (:organiserKinds)", "organiserKinds", organiserKinds(organiser));
        if (!access.seesAll()) {
            // SWG-scoped callers: their SWGs' meetings are public to them, RTP-level ones only with their SWGs.
            filter.and("(s.id is not null or exists (select 1 from Meeting vm join vm.participants vs "
                    + "where vm.id = m.id and vs.code in (:mine)))", "mine", access.swgs().isEmpty()
                            ? Set.of("") : access.swgs());
        }
        var query = Meeting.<Meeting>find("from Meeting m left join fetch m.swg s left join fetch m.province"
                + filter.where() + " order by m.startsAt, m.id", filter.params()).page(PageView.page(page, size));
        List<Meeting> meetings = query.list();
        long total = Meeting.count("from Meeting m left join m.swg s" + filter.where(), filter.params());
        return new PageView<>(views.page(meetings), query.page().index, query.page().size, total);
    }

    /** The kinds an {@code organiser} filter (SWG or RTP) keeps; null for no filter, 400 for another value. */
    private static List<MeetingKind> organiserKinds(String organiser) {
        String o = Filter.text(organiser);
        if (o == null) {
            return null;
        }
        if (!o.equals("SWG") && !o.equals(Meeting.ORGANISER_RTP)) {
            throw new Problems.BadRequest("organiser", "organiser must be SWG or RTP");
        }
        return Arrays.stream(MeetingKind.values()).filter(k -> k.rtpLevel() == o.equals("RTP")).toList();
    }

    /** One meeting with agenda, attendance, minutes status and (not for partners) people and actions; 404. */
    public MeetingView get(Long id) {
        return views.one(Meeting.requireReadable(id, access));
    }

    /** Advice on a meeting just scheduled: another meeting that day, periods without a regular meeting. */
    public List<String> warnings(Long id) {
        return warnings.of(Meeting.requireReadable(id, access));
    }

    /** Schedules a meeting of the SWG; the answer carries the warnings. */
    @Transactional
    public MeetingView schedule(String code, @Valid @NotNull SwgMeetingResource.MeetingRequest request) {
        Swg swg = Swg.require(code);
        access.requireWrite(code);
        RtpMeetingRules.requireSwgMeeting(request);
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

    /**
     * Schedules an RTP-level meeting (RTP secretariat only) with the SWGs taking part and, for a
     * provincial consultation, the provincial authority.
     */
    @Transactional
    public MeetingView scheduleRtp(@Valid @NotNull SwgMeetingResource.MeetingRequest request) {
        access.requireSecretariat("schedule an RTP-level meeting");
        Meeting m = new Meeting();
        RtpMeetingRules.applyTo(m, request);
        request.applyTo(m);
        m.createdAt = audit.now();
        m.updatedAt = m.createdAt;
        m.persist();
        audit.record("Meeting", m.id, "create", "RTP: scheduled " + m.kind + " meeting '" + m.title + "' on "
                + m.meetingDate + " with " + String.join(", ", m.participantCodes()));
        return views.one(m).withWarnings(warnings.of(m));
    }

    /**
     * Reschedules or renames a scheduled meeting (an RTP-level one with its SWGs and province too):
     * 428 without a version, 409 when stale.
     */
    @Transactional
    public MeetingView update(Long id, @Valid @NotNull SwgMeetingResource.MeetingRequest request) {
        Meeting m = Meeting.require(id);
        m.requireWrite(access);
        m.requireVersion(request.version());
        m.requireStatus(MeetingStatus.SCHEDULED, "reschedule it");
        if (m.rtpLevel()) {
            RtpMeetingRules.applyTo(m, request);
        } else {
            RtpMeetingRules.requireSwgMeeting(request);
        }
        request.applyTo(m);
        m.updatedAt = audit.now();
        audit.record("Meeting", m.id, "update", m.organiserCode() + ": '" + m.title + "' " + m.kind + " on "
                + m.meetingDate + " (sequence " + m.sequence + ")"
                + (m.rtpLevel() ? " with " + String.join(", ", m.participantCodes()) : ""));
        Meeting.flush();
        return views.one(m).withWarnings(warnings.of(m));
    }

    /** Records that a scheduled meeting took place (409 before its start time). */
    @Transactional
    public MeetingView markHeld(Long id) {
        Meeting m = Meeting.require(id);
        m.requireWrite(access);
        m.markHeld(audit.now());
        audit.record("Meeting", m.id, "held", m.organiserCode() + ": '" + m.title + "' of " + m.meetingDate + " held");
        Meeting.flush();
        return views.one(m);
    }

    /** Cancels a scheduled meeting, giving the reason. */
    @Transactional
    public MeetingView cancel(Long id, @Valid @NotNull MeetingResource.CancelRequest request) {
        Meeting m = Meeting.require(id);
        m.requireWrite(access);
        Instant now = audit.now();
        m.cancel(request.reason(), now);
        audit.record("Meeting", m.id, "cancel", m.organiserCode() + ": '" + m.title + "' of " + m.meetingDate
                + " cancelled: " + m.cancelReason);
        Meeting.flush();
        return views.one(m);
    }
}

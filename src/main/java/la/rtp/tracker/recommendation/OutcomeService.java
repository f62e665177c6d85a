package la.rtp.tracker.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.meeting.AgendaItem;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.meeting.MeetingStatus;
import la.rtp.tracker.meeting.Minutes;
import la.rtp.tracker.meeting.Outcome;
import la.rtp.tracker.meeting.OutcomeType;
import la.rtp.tracker.recommendation.OutcomeResource.AgendaOutcomeRequest;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Swg;

/**
 * The outcomes of agenda items: recorded, rewritten and removed by whoever may write the meeting
 * (an RTP-level meeting: the RTP secretariat), while its agenda is open ({@link Meeting#agendaOpen}).
 */
@ApplicationScoped
public class OutcomeService {

    @Inject
    Access access;

    @Inject
    Audit audit;

    /** The meeting's outcomes in agenda order; 404 for an unknown meeting. */
    public List<AgendaOutcomeView> ofMeeting(Long meetingId) {
        Meeting m = Meeting.requireReadable(meetingId, access);
        return Outcome.<Outcome>find("from Outcome o join fetch o.meeting join fetch o.agendaItem a "
                + "left join fetch a.segment left join fetch o.organization left join fetch o.addressees "
                + "where o.meeting.id = ?1 order by a.position, o.id", m.id).list().stream()
                .map(AgendaOutcomeView::from).toList();
    }

    /** One outcome; 404 also when the caller may not read its meeting. */
    public AgendaOutcomeView get(Long id) {
        Outcome o = Outcome.require(id);
        Meeting.requireReadable(o.meeting.id, access);
        return AgendaOutcomeView.from(o);
    }

    @Transactional
    public AgendaOutcomeView create(Long meetingId, Long itemId, @Valid @NotNull AgendaOutcomeRequest request) {
        Meeting m = Meeting.require(meetingId);
        AgendaItem item = AgendaItem.find("from AgendaItem a left join fetch a.segment where a.id = ?1", itemId)
                .firstResult();
        if (item == null || !item.meeting.id.equals(m.id)) {
            throw new Problems.NotFound("Agenda item", itemId);
        }
        m.requireWrite(access);
        requireOpen(m, "record an outcome");
        Instant now = audit.now();
        Outcome o = new Outcome();
        o.meeting = m;
        o.agendaItem = item;
        o.createdAt = now;
        write(o, request, now);
        o.persist();
        audit.record("Outcome", o.id, "create", audited(m, "agenda item " + item.position + " " + o.type + " "
                + text(o)));
        return AgendaOutcomeView.from(o);
    }

    /** Rewrites the outcome; an answered recommendation stays one, addressed to the SWGs that answered. */
    @Transactional
    public AgendaOutcomeView update(Long id, @Valid @NotNull AgendaOutcomeRequest request) {
        Outcome o = Outcome.require(id);
        o.meeting.requireWrite(access);
        o.requireVersion(request.version());
        requireOpen(o.meeting, "change an outcome");
        Set<String> answered = answeredBy(o);
        if (!answered.isEmpty()) {
            if (request.type() != OutcomeType.RECOMMENDATION) {
                throw new Problems.Conflict("Recommendation " + o.id + " was answered by " + String.join(", ", answered)
                        + "; it stays a RECOMMENDATION");
            }
            Set<String> kept = new TreeSet<>(answered);
            kept.removeAll(request.swgs() == null ? List.of() : request.swgs());
            if (!kept.isEmpty()) {
                throw new Problems.Conflict("Recommendation " + o.id + " was answered by " + String.join(", ", kept)
                        + "; it stays addressed to them");
            }
        }
        write(o, request, audit.now());
        audit.record("Outcome", o.id, "update", audited(o.meeting, o.type + " " + text(o)));
        Outcome.flush();
        return AgendaOutcomeView.from(o);
    }

    /** Removes the outcome: 409 once an SWG has answered it. */
    @Transactional
    public void delete(Long id) {
        Outcome o = Outcome.require(id);
        o.meeting.requireWrite(access);
        requireOpen(o.meeting, "remove an outcome");
        Set<String> answered = answeredBy(o);
        if (!answered.isEmpty()) {
            throw new Problems.Conflict("Recommendation " + o.id + " was answered by " + String.join(", ", answered)
                    + "; it cannot be removed");
        }
        o.delete();
        audit.record("Outcome", o.id, "delete", audited(o.meeting, o.type + " " + text(o) + " removed"));
    }

    /** 409 when the meeting was cancelled, or its minutes are published and the caller is not the RTP secretariat. */
    private void requireOpen(Meeting m, String what) {
        Minutes minutes = Minutes.ofMeeting(m.id);
        if (!Meeting.agendaOpen(m.status, minutes != null && minutes.published, access.isSecretariat())) {
            throw new Problems.Conflict("Cannot " + what + ": meeting " + m.id + (m.status == MeetingStatus.CANCELLED
                    ? " was cancelled" : " has published minutes; only the RTP secretariat may correct them"));
        }
    }

    /** Validates the request against the meeting (422 naming every field at fault) and writes it. */
    private static void write(Outcome o, AgendaOutcomeRequest r, Instant now) {
        Meeting m = o.meeting;
        List<FieldError> errors = new ArrayList<>();
        String en = trimmed(r.textEn());
        String lo = trimmed(r.textLo());
        if (en == null && lo == null) {
            errors.add(new FieldError("textEn", "Give the text in English (textEn), Lao (textLo) or both"));
            errors.add(new FieldError("textLo", "Give the text in English (textEn), Lao (textLo) or both"));
        }
        List<Swg> swgs = new ArrayList<>();
        Organization org = null;
        boolean recommendation = r.type() == OutcomeType.RECOMMENDATION;
        Set<String> codes = new LinkedHashSet<>(r.swgs() == null ? List.of() : r.swgs());
        if (recommendation) {
            if (!m.rtpLevel()) {
                errors.add(new FieldError("type", "Only an RTP-level meeting issues recommendations; record a "
                        + "DECISION or INFORMATION"));
            } else if (codes.isEmpty()) {
                errors.add(new FieldError("swgs", "A recommendation is addressed to at least one SWG"));
            } else {
                Map<String, Swg> taking = m.participants.stream().collect(Collectors.toMap(s -> s.code,
                        Function.identity()));
                Set<String> others = new TreeSet<>(codes);
                others.removeAll(taking.keySet());
                if (!others.isEmpty()) {
                    errors.add(new FieldError("swgs", "Not SWGs taking part in meeting " + m.id + ": "
                            + String.join(", ", others)));
                }
                codes.stream().filter(taking::containsKey).map(taking::get).forEach(swgs::add);
            }
            if (r.dueDate() == null) {
                errors.add(new FieldError("dueDate", "A recommendation has a due date"));
            } else if (r.dueDate().isBefore(m.meetingDate)) {
                errors.add(new FieldError("dueDate", "dueDate must not be before the meeting date " + m.meetingDate));
            }
        } else {
            reject(errors, !codes.isEmpty(), "swgs");
            reject(errors, r.organizationId() != null, "organizationId");
            reject(errors, r.dueDate() != null, "dueDate");
        }
        if (!errors.isEmpty()) {
            throw new Problems.Invalid(errors);
        }
        if (recommendation && r.organizationId() != null) {
            org = Organization.require(r.organizationId(), "organizationId");
        }
        o.write(r.type(), en, lo, swgs, org, recommendation ? r.dueDate() : null, now);
    }

    private static void reject(List<FieldError> errors, boolean given, String field) {
        if (given) {
            errors.add(new FieldError(field, "Only a RECOMMENDATION takes " + field));
        }
    }

    /** Codes of the SWGs that answered the recommendation or linked an action to it. */
    private static Set<String> answeredBy(Outcome o) {
        if (o.type != OutcomeType.RECOMMENDATION) {
            return Set.of();
        }
        List<String> codes = Outcome.getEntityManager().createQuery("select s.code from Swg s where s.id in "
                + "(select r.swgId from RecommendationResponse r where r.outcomeId = :o) or s.id in "
                + "(select a.swgId from RecommendationAction a where a.outcomeId = :o)", String.class)
                .setParameter("o", o.id).getResultList();
        return new TreeSet<>(codes);
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String text(Outcome o) {
        return "'" + (o.textEn != null ? o.textEn : o.textLo) + "'";
    }

    private static String audited(Meeting m, String text) {
        return (m.rtpLevel() ? "RTP" : m.swg.code) + ": meeting " + m.id + " " + text;
    }
}

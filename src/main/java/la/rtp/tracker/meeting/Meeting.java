package la.rtp.tracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import la.rtp.tracker.common.BaseEntity;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Swg;

/**
 * A meeting of an SWG, or one the RTP secretariat organises above the SWGs (an RTP-level kind,
 * no {@code swg}, the SWGs taking part in {@code participants}). Times are instants;
 * {@code meetingDate} is the Vientiane date it starts on.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "swg_id")
    public Swg swg;

    /** The SWGs taking part in an RTP-level meeting; empty for an SWG's own meeting. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "meeting_swg", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "swg_id"))
    public Set<Swg> participants = new LinkedHashSet<>();

    /** The provincial authority a provincial consultation is held with. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_organization_id")
    public Organization province;

    public String title;

    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    @Enumerated(EnumType.STRING)
    public MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    public String venue;

    @Column(name = "online_link")
    public String onlineLink;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "held_at")
    public Instant heldAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    public int sequence;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * Sets time and place; bumps the iCalendar sequence when an already scheduled meeting moves
     * (title or kind changes do not make calendar clients re-ask attendees).
     */
    void schedule(OffsetDateTime starts, OffsetDateTime ends, String newVenue, String newLink) {
        Instant s = starts.toInstant();
        Instant e = ends.toInstant();
        boolean moved = startsAt != null && (!s.equals(startsAt) || !e.equals(endsAt)
                || !Objects.equals(venue, newVenue) || !Objects.equals(onlineLink, newLink));
        startsAt = s;
        endsAt = e;
        meetingDate = Time.dateOf(s);
        venue = newVenue;
        onlineLink = newLink;
        if (moved) {
            sequence++;
        }
    }

    /** Records that the meeting took place: 409 unless it is scheduled and its start time has come. */
    public void markHeld(Instant now) {
        requireStatus(MeetingStatus.SCHEDULED, "mark it held");
        if (!started(startsAt, now)) {
            throw new Problems.Conflict("Meeting " + id + " has not started yet: it starts at "
                    + MeetingView.local(startsAt));
        }
        status = MeetingStatus.HELD;
        heldAt = now;
        updatedAt = now;
    }

    /** Cancels a scheduled meeting (409 otherwise), bumping the calendar sequence. */
    public void cancel(String reason, Instant now) {
        requireStatus(MeetingStatus.SCHEDULED, "cancel it");
        status = MeetingStatus.CANCELLED;
        cancelReason = reason.trim();
        cancelledAt = now;
        updatedAt = now;
        // Calendar clients apply a cancellation only with a higher SEQUENCE.
        sequence++;
    }

    /** The organiser of an RTP-level meeting, as views and feeds name it. */
    public static final String ORGANISER_RTP = "RTP";

    /** Organised by the RTP secretariat rather than by one SWG. */
    public boolean rtpLevel() {
        return swg == null;
    }

    public int quarter() {
        return Time.quarterOf(meetingDate);
    }

    /** 409 unless the meeting is in this status; {@code what} completes "Cannot ...". */
    void requireStatus(MeetingStatus expected, String what) {
        if (status != expected) {
            throw new Problems.Conflict("Cannot " + what + ": meeting " + id + " is " + status
                    + (expected == MeetingStatus.SCHEDULED ? "; only a SCHEDULED meeting allows it" : ""));
        }
    }

    /**
     * Whether the agenda may still change: a meeting recorded afterwards, or an item raised under
     * any other business, needs it after the meeting too. So it stays open until the minutes are
     * published (not for a cancelled meeting); after that only the RTP secretariat may change
     * it, as a correction. The API and the meeting page both ask here.
     */
    public static boolean agendaOpen(MeetingStatus status, boolean minutesPublished, boolean rtpSecretariat) {
        return status != MeetingStatus.CANCELLED && (!minutesPublished || rtpSecretariat);
    }

    /** Whether the meeting has started at {@code now}: only then can it be marked held. */
    public static boolean started(Instant startsAt, Instant now) {
        return !now.isBefore(startsAt);
    }

    /** The meeting with its SWG (none for an RTP-level one) and province, or 404. */
    public static Meeting require(Long id) {
        Meeting m = id == null ? null
                : find("from Meeting m left join fetch m.swg left join fetch m.province where m.id = ?1", id)
                        .firstResult();
        return Problems.found(m, "Meeting", id);
    }

    /**
     * The meeting if the caller may read it, else 404 as for an unknown id: an SWG-scoped user sees
     * an RTP-level meeting only when one of the SWGs on the account takes part.
     */
    public static Meeting requireReadable(Long id, Access access) {
        Meeting m = require(id);
        if (m.rtpLevel() && !access.seesAll() && !access.maySee(m.participantCodes())) {
            throw new Problems.NotFound("Meeting", id);
        }
        return m;
    }

    /**
     * 403 unless the caller may write this meeting: only the RTP secretariat writes an RTP-level
     * meeting; an SWG's meeting as {@link Access#requireWrite} says. Every meeting write asks here.
     */
    public void requireWrite(Access access) {
        if (rtpLevel()) {
            access.requireSecretariat("change the RTP-level meeting " + id);
        } else {
            access.requireWrite(swg.code);
        }
    }

    /** Whether the caller may write a meeting organised by this SWG code (null: an RTP-level meeting). */
    public static boolean mayWrite(Access access, String swgCode) {
        return swgCode == null ? access.isSecretariat() : access.mayWrite(swgCode);
    }

    /** Who organises it, for audit texts and feeds: the SWG's code, or "RTP". */
    public String organiserCode() {
        return swg == null ? ORGANISER_RTP : swg.code;
    }

    /** The codes of the participating SWGs, sorted. */
    public List<String> participantCodes() {
        return participants.stream().map(s -> s.code).sorted().toList();
    }

    /** The participating SWGs' codes of these meetings in one statement, sorted per meeting. */
    public static Map<Long, List<String>> participantCodes(Collection<Long> meetingIds) {
        Map<Long, List<String>> codes = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return codes;
        }
        for (Object[] r : getEntityManager().createQuery("select m.id, s.code from Meeting m join m.participants s "
                + "where m.id in :ids order by m.id, s.code", Object[].class).setParameter("ids", meetingIds)
                .getResultList()) {
            codes.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return codes;
    }

    /** Refuses (409, with {@code why}) a write that a cancelled meeting takes no more. */
    void refuseIfCancelled(Supplier<String> why) {
        if (status == MeetingStatus.CANCELLED) {
            throw new Problems.Conflict(why.get());
        }
    }

    /** Meetings of the SWG on that Vientiane date, except the one given (null for none), not cancelled. */
    static List<Meeting> sameDay(Swg swg, LocalDate day, Long except) {
        return list("swg = ?1 and meetingDate = ?2 and status <> ?3 and id <> ?4", swg, day, MeetingStatus.CANCELLED,
                except == null ? -1L : except);
    }

    /** Dates of the SWG's REGULAR meetings (scheduled or held) within [from, to). */
    static List<LocalDate> regularDates(Swg swg, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("select m.meetingDate from Meeting m where m.swg = :swg and m.kind = :kind "
                + "and m.status <> :cancelled and m.meetingDate >= :from and m.meetingDate < :to", LocalDate.class)
                .setParameter("swg", swg).setParameter("kind", MeetingKind.REGULAR)
                .setParameter("cancelled", MeetingStatus.CANCELLED).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    /** The RTP-level meetings dated in the year, with the SWGs taking part, by start: one statement. */
    public static List<Meeting> rtpLevelOfYear(int year) {
        return find("select distinct m from Meeting m left join fetch m.participants where m.swg is null "
                + "and m.meetingDate >= ?1 and m.meetingDate <= ?2 order by m.startsAt, m.id",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).list();
    }

    /** Meetings of these SWGs starting on Vientiane dates in [from, to], with their SWG, by start. */
    public static List<Meeting> ofSwgsBetween(Collection<Long> swgIds, LocalDate from, LocalDate to) {
        return swgIds.isEmpty() ? List.of()
                : find("from Meeting m join fetch m.swg s where s.id in ?1 and m.meetingDate >= ?2 "
                        + "and m.meetingDate <= ?3 order by m.startsAt, m.id", swgIds, from, to).list();
    }
}

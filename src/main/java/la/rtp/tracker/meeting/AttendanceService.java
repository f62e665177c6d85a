package la.rtp.tracker.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Person;

/**
 * Who attended a meeting: someone from the directory, or a walk-in with name, gender and
 * organisation, each copied as they are today so that later directory edits do not rewrite who came.
 */
@ApplicationScoped
public class AttendanceService {

    @Inject
    Access access;

    @Inject
    Audit audit;

    /** The attendees as recorded with the attendance summary; 404 for an unknown meeting. */
    public AttendeeResource.AttendeeList list(Long id) {
        Meeting m = Meeting.requireReadable(id, access);
        List<Attendee> attendees = Attendee.ofMeeting(m.id);
        return new AttendeeResource.AttendeeList(attendees.stream().map(AttendeeView::from).toList(),
                Attendance.of(attendees));
    }

    public AttendeeView get(Long id, Long attendeeId) {
        return AttendeeView.from(attendee(Meeting.requireReadable(id, access), attendeeId));
    }

    /** Records an attendee: {@code personId} alone, or a walk-in's name, gender and organisation. */
    @Transactional
    public AttendeeView add(Long id, @Valid @NotNull AttendeeResource.AttendeeRequest request) {
        Meeting m = Meeting.require(id);
        m.requireWrite(access);
        m.refuseIfCancelled(() -> "Cannot record attendance: meeting " + m.id + " was cancelled");
        Attendee a = request.personId() != null ? fromDirectory(m, request) : walkIn(request);
        a.meeting = m;
        a.recordedAt = audit.now();
        a.persist();
        audit.record("Attendee", a.id, "create", m.organiserCode() + ": meeting " + m.id + " attended by " + a.fullName
                + (a.personId == null ? " (walk-in)" : ""));
        return AttendeeView.from(a);
    }

    /** Removes an attendee recorded by mistake. */
    @Transactional
    public void remove(Long id, Long attendeeId) {
        Meeting m = Meeting.require(id);
        m.requireWrite(access);
        m.refuseIfCancelled(() -> "Cannot change attendance: meeting " + m.id + " was cancelled");
        Attendee a = attendee(m, attendeeId);
        a.delete();
        audit.record("Attendee", a.id, "delete", m.organiserCode() + ": meeting " + m.id + " attendee " + a.fullName
                + " removed");
    }

    private static Attendee fromDirectory(Meeting m, AttendeeResource.AttendeeRequest request) {
        if (request.fullName() != null || request.gender() != null || request.organizationId() != null) {
            throw new Problems.Invalid("personId", "Give either personId alone, or fullName, gender and "
                    + "organizationId for someone not in the directory");
        }
        Person p = Person.require(request.personId(), "personId");
        if (Attendee.attends(m, p.id)) {
            throw new Problems.Conflict(p.fullName + " is already recorded as attending meeting " + m.id);
        }
        Attendee a = new Attendee();
        a.personId = p.id;
        a.fullName = p.fullName;
        a.gender = p.gender;
        if (p.organization != null) {
            a.organizationId = p.organization.id;
            a.organizationName = p.organization.name;
            a.organizationType = p.organization.type;
        }
        return a;
    }

    private static Attendee walkIn(AttendeeResource.AttendeeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.fullName() == null || request.fullName().isBlank()) {
            errors.add(new FieldError("fullName", "fullName is required for someone not in the directory"));
        }
        if (request.gender() == null) {
            errors.add(new FieldError("gender", "gender is required (FEMALE, MALE, OTHER or UNDISCLOSED)"));
        }
        if (request.organizationId() == null) {
            errors.add(new FieldError("organizationId", "organizationId is required for someone not in the "
                    + "directory, so that attendance can be counted by organisation type"));
        }
        if (!errors.isEmpty()) {
            throw new Problems.Invalid(errors);
        }
        Organization org = Organization.require(request.organizationId(), "organizationId");
        Attendee a = new Attendee();
        a.fullName = request.fullName().trim().replaceAll("\\s+", " ");
        a.gender = request.gender();
        a.organizationId = org.id;
        a.organizationName = org.name;
        a.organizationType = org.type;
        return a;
    }

    private static Attendee attendee(Meeting m, Long attendeeId) {
        Attendee a = Attendee.findById(attendeeId);
        if (a == null || !a.meeting.id.equals(m.id)) {
            throw new Problems.NotFound("Attendee", attendeeId);
        }
        return a;
    }
}

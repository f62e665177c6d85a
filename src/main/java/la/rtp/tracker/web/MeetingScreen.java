package la.rtp.tracker.web;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.meeting.AttendeeView;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.meeting.MeetingResource;
import la.rtp.tracker.meeting.MeetingView;
import la.rtp.tracker.meeting.MeetingWarnings;
import la.rtp.tracker.meeting.MinutesResource;
import la.rtp.tracker.meeting.MinutesView;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.NsedpPlan;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.PersonResource;
import la.rtp.tracker.swg.PersonView;
import la.rtp.tracker.swg.Swg;

/**
 * Renders the meeting page for {@link MeetingPages}, {@link AttendancePages}, {@link MinutesPages}
 * and {@link ActionItemPages}: from the API's own meeting view, read in a fixed number of
 * statements whatever the number of attendees, agenda items or action items.
 */
@RequestScoped
public class MeetingScreen {

    static final int SEARCH_SIZE = 20;

    @CheckedTemplate(basePath = "MeetingPages")
    static class Templates {
        static native TemplateInstance meeting(MeetingPage p);
    }

    /** What the page shows besides the meeting: a refused form's values, a search, a preview. */
    static final class Input {
        final Map<String, String> values = new HashMap<>();
        Set<Integer> outcomes = Set.of();
        FormErrors errors = FormErrors.none();
        String q;
        boolean focusSearch;
        String saved;
        String added;
        String preview;

        Input put(String name, String value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }
    }

    @Inject
    Workspace ws;

    @Inject
    MeetingResource meetings;

    @Inject
    MinutesResource minutesResource;

    @Inject
    PersonResource people;

    @Inject
    MeetingWarnings meetingWarnings;

    @Inject
    Clock clock;

    TemplateInstance page(long id, Input in) {
        MeetingView m = meetings.get(id);
        Swg swg = Swg.require(m.swg());
        boolean write = ws.mayWrite(m.swg());
        MinutesView minutes = m.minutes() == null ? null : minutesResource.get(id);
        if (minutes != null && !in.values.containsKey("body")) {
            in.put("body", minutes.body()).put("language", minutes.language())
                    .put("version", String.valueOf(minutes.version()));
        }
        List<String> warnings = write && "scheduled".equals(in.saved) ? meetingWarnings.of(Meeting.require(id)) : List.of();
        boolean agendaOpen = write && Meeting.agendaOpen(m.status(), m.minutes() != null && m.minutes().published(),
                ws.isSecretariat());
        boolean started = Meeting.started(m.startsAt().toInstant(), clock.instant());
        List<NsedpOutcome> outcomes = agendaOpen
                ? NsedpPlan.forYear(m.year()).map(p -> p.outcomes).orElse(List.of()) : List.of();
        List<Organization> organizations = write ? Organization.listAll(Sort.by("name")) : List.of();
        List<PersonView> found = write && in.q != null && !in.q.isBlank()
                ? people.list(in.q, null, 0, SEARCH_SIZE).items() : List.of();
        List<AttendeeView> attendees = m.attendees() == null ? List.of() : m.attendees();
        Set<Long> attending = attendees.stream().map(AttendeeView::personId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        String added = in.added == null ? null : attendees.stream().filter(a -> String.valueOf(a.id()).equals(in.added))
                .map(AttendeeView::fullName).findFirst().orElse(null);
        String name = ws.name(swg);
        return ws.page(Templates.meeting(new MeetingPage(m, name, write, warnings, in.saved, added, in.errors,
                in.values, new LinkedHashSet<>(in.outcomes), outcomes, organizations, in.q == null ? "" : in.q,
                in.focusSearch, found, attending, minutes, in.preview, started, agendaOpen)));
    }

    /**
     * The page again with the refusal next to the form: 422 for invalid input, 409 for a conflict.
     * Forbidden and not-found go on to the page class's mapper, which answers the HTML error page.
     */
    Response refused(long id, RuntimeException e, Input in) {
        int status;
        if (e instanceof ProblemException p) {
            if (p.status() == 403 || p.status() == 404) {
                throw p;
            }
            status = p.status();
            in.errors = in.errors.and(FormErrors.of(p));
        } else if (e instanceof ConstraintViolationException c) {
            status = 422;
            in.errors = in.errors.and(FormErrors.of(c));
        } else {
            throw e;
        }
        return html(status, page(id, in));
    }

    /** The page with errors the page itself found (a date it could not read), 422. */
    Response invalid(long id, FormErrors errors, Input in) {
        in.errors = in.errors.and(errors);
        return html(422, page(id, in));
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}

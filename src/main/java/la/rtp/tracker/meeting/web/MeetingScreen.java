package la.rtp.tracker.meeting.web;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.meeting.AttendeeView;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.meeting.MeetingService;
import la.rtp.tracker.meeting.MeetingView;
import la.rtp.tracker.meeting.MinutesService;
import la.rtp.tracker.meeting.MinutesView;
import la.rtp.tracker.recommendation.AgendaOutcomeView;
import la.rtp.tracker.recommendation.OutcomeService;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.DirectoryService;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.NsedpPlan;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Person;
import la.rtp.tracker.swg.PersonView;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Forms;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;

/**
 * Renders the meeting page for {@link MeetingPages}, {@link AttendancePages}, {@link MinutesPages}
 * and {@link ActionItemPages}: from the API's own meeting view, read in a fixed number of
 * statements whatever the number of attendees, agenda items or action items. It also runs their
 * writes ({@link #submit}): each answers with this page again when refused, so the page classes
 * need only this screen and their service.
 */
@RequestScoped
public class MeetingScreen {

    static final int SEARCH_SIZE = 20;

    @CheckedTemplate(basePath = "MeetingPages")
    static class Templates {
        static native TemplateInstance meeting(MeetingPage p);
    }

    /** What the page shows besides the meeting: a refused form's values and errors, a search, a preview. */
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

        /** Adds why a form was refused, or what in it did not parse. */
        Input errors(FormErrors more) {
            errors = errors.and(more);
            return this;
        }
    }

    @Inject
    Workspace ws;

    @Inject
    DirectoryService directory;

    @Inject
    MeetingService meetings;

    @Inject
    MinutesService minutesService;

    @Inject
    OutcomeService outcomeService;

    @Inject
    Clock clock;

    @Inject
    Submission submission;

    @Inject
    Access access;

    /** A parser of the submitted form's fields, in the user's language. */
    Forms forms() {
        return Forms.of(ws);
    }

    /** Refuses (403) a user who may not write the meeting {@code id} (see {@link Meeting#requireWrite}). */
    void requireWrite(long id) {
        if (!Meeting.mayWrite(access, meetings.get(id).swg())) {
            throw new Problems.Forbidden("");
        }
    }

    /**
     * Runs {@code write}; on success redirects to {@code next}, else shows meeting {@code id}'s page
     * again with {@code in} and why the write was refused.
     */
    Response submit(long id, Runnable write, String next, Input in) {
        return submission.submit(write, next, refusal -> page(id, in.errors(refusal.errors())));
    }

    /** As {@link #submit(long, Runnable, String, Input)}, redirecting to {@code next} of the result. */
    <T> Response submit(long id, Supplier<T> write, Function<T, String> next, Input in) {
        return submission.submit(write, next, refusal -> page(id, in.errors(refusal.errors())));
    }

    TemplateInstance page(long id, Input in) {
        MeetingView m = meetings.get(id);
        boolean write = Meeting.mayWrite(access, m.swg());
        MinutesView minutes = m.minutes() == null ? null : minutesService.get(id);
        if (minutes != null && !in.values.containsKey("body")) {
            in.put("body", minutes.body()).put("language", minutes.language())
                    .put("version", String.valueOf(minutes.version()));
        }
        List<String> warnings = write && "scheduled".equals(in.saved) ? meetings.warnings(id) : List.of();
        boolean agendaOpen = write && Meeting.agendaOpen(m.status(), m.minutes() != null && m.minutes().published(),
                ws.isSecretariat());
        boolean started = Meeting.started(m.startsAt().toInstant(), clock.instant());
        List<NsedpOutcome> outcomes = agendaOpen
                ? NsedpPlan.forYear(m.year()).map(p -> p.outcomes).orElse(List.of()) : List.of();
        List<Organization> organizations = write ? Organization.listAll(Sort.by("name")) : List.of();
        List<PersonView> found = write && in.q != null && !in.q.isBlank()
                ? directory.searchPeople(in.q, null, 0, SEARCH_SIZE).items() : List.of();
        List<AttendeeView> attendees = m.attendees() == null ? List.of() : m.attendees();
        Set<Long> attending = attendees.stream().map(AttendeeView::personId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        String added = in.added == null ? null : attendees.stream().filter(a -> String.valueOf(a.id()).equals(in.added))
                .map(AttendeeView::fullName).findFirst().orElse(null);
        // An RTP-level meeting has no SWG: the page names the organiser and the SWGs taking part.
        List<AgendaOutcomeView> agendaOutcomes = outcomeService.ofMeeting(id);
        String name = m.swg() == null ? String.join(", ", m.swgs()) : ws.name(Swg.require(m.swg()));
        return ws.page(Templates.meeting(new MeetingPage(m, name, write, warnings, in.saved, added, in.errors,
                in.values, new LinkedHashSet<>(in.outcomes), outcomes, organizations, in.q == null ? "" : in.q,
                in.focusSearch, found, attending, minutes, in.preview, started, agendaOpen,
                agendaOutcomes)));
    }
}

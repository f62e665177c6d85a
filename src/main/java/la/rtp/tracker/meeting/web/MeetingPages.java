package la.rtp.tracker.meeting.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.meeting.AgendaResource;
import la.rtp.tracker.meeting.AgendaService;
import la.rtp.tracker.meeting.MeetingKind;
import la.rtp.tracker.meeting.MeetingResource;
import la.rtp.tracker.meeting.MeetingService;
import la.rtp.tracker.meeting.SwgMeetingResource;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Forms;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;

/** Scheduling a meeting, the meeting page, its status (held, cancelled) and its agenda. */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class MeetingPages {

    /** The schedule form's strings, as typed. */
    public record ScheduleForm(String title, String kind, String date, String startTime, String endTime,
            String venue) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(Swg swg, String swgName, ScheduleForm form, FormErrors errors,
                List<MeetingKind> kinds);
    }

    @Inject
    Workspace ws;

    @Inject
    Submission submission;

    @Inject
    MeetingScreen screen;

    @Inject
    MeetingService meetings;

    @Inject
    AgendaService agenda;

    @GET
    @Path("swgs/{code}/meetings/new")
    public TemplateInstance scheduleForm(@PathParam("code") String code) {
        Swg swg = writable(code);
        return schedule(swg, new ScheduleForm("", "REGULAR", "", "", "", ""), FormErrors.none());
    }

    @POST
    @Path("swgs/{code}/meetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("code") String code, @FormParam("title") String title,
            @FormParam("kind") String kind, @FormParam("date") String date, @FormParam("startTime") String startTime,
            @FormParam("endTime") String endTime, @FormParam("venue") String venue) {
        Swg swg = writable(code);
        ScheduleForm form = new ScheduleForm(title, kind, date, startTime, endTime, venue);
        Forms parsed = Forms.of(ws);
        MeetingKind k = parsed.choice(MeetingKind.class, "kind", kind);
        LocalDate day = parsed.date("date", date, true);
        LocalTime start = parsed.time("startTime", startTime, true);
        LocalTime end = parsed.time("endTime", endTime, true);
        if (!parsed.ok()) {
            return Submission.invalid(schedule(swg, form, parsed.errors()));
        }
        return submission.submit(
                () -> meetings.schedule(code, new SwgMeetingResource.MeetingRequest(title, k,
                        MeetingForm.vientiane(day, start), MeetingForm.vientiane(day, end), venue, null, null)),
                created -> "/app/meetings/" + created.id() + "?saved=scheduled",
                refusal -> schedule(swg, form, MeetingForm.renamed(refusal.errors())));
    }

    @GET
    @Path("meetings/{id}")
    public TemplateInstance meeting(@PathParam("id") long id, @QueryParam("q") String q,
            @QueryParam("saved") String saved, @QueryParam("added") String added) {
        MeetingScreen.Input in = new MeetingScreen.Input();
        in.q = q;
        in.focusSearch = q != null || added != null;
        in.saved = saved;
        in.added = added;
        return screen.page(id, in);
    }

    @POST
    @Path("meetings/{id}/held")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response held(@PathParam("id") long id) {
        return screen.submit(id, () -> meetings.markHeld(id), "/app/meetings/" + id + "?saved=held",
                new MeetingScreen.Input());
    }

    @POST
    @Path("meetings/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id, @FormParam("reason") String reason) {
        return screen.submit(id, () -> meetings.cancel(id, new MeetingResource.CancelRequest(reason)),
                "/app/meetings/" + id + "?saved=cancelled", new MeetingScreen.Input().put("reason", reason));
    }

    @POST
    @Path("meetings/{id}/agenda-items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAgendaItem(@PathParam("id") long id, @FormParam("title") String title,
            @FormParam("presenter") String presenter, @FormParam("nsedpOutcomes") List<String> outcomes) {
        Forms parsed = screen.forms();
        List<Integer> numbers = parsed.numbers("nsedpOutcomes", outcomes);
        MeetingScreen.Input in = new MeetingScreen.Input().put("title", title).put("presenter", presenter);
        in.outcomes = new HashSet<>(numbers);
        if (!parsed.ok()) {
            return Submission.invalid(screen.page(id, in.errors(parsed.errors())));
        }
        return screen.submit(id,
                () -> agenda.add(id, new AgendaResource.AgendaItemRequest(title, numbers, presenter, null, null)),
                "/app/meetings/" + id + "?saved=agenda#agenda", in);
    }

    private Swg writable(String code) {
        Swg swg = Swg.require(code);
        if (!ws.mayWrite(code)) {
            throw new Problems.Forbidden("");
        }
        return swg;
    }

    private TemplateInstance schedule(Swg swg, ScheduleForm form, FormErrors formErrors) {
        String name = ws.name(swg);
        return ws.page(Templates.schedule(swg, name, form, formErrors, List.of(MeetingKind.values())));
    }
}

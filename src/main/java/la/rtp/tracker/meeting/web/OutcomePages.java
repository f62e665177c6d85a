package la.rtp.tracker.meeting.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.meeting.OutcomeType;
import la.rtp.tracker.recommendation.OutcomeResource.AgendaOutcomeRequest;
import la.rtp.tracker.recommendation.OutcomeService;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Forms;
import la.rtp.tracker.web.Submission;

/**
 * Recording an outcome of an agenda item from the meeting page. The form's fields are prefixed
 * ({@code outcomeDueDate}, ...) because the page has other forms with a due date or a type; the
 * service's field names are mapped onto them.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class OutcomePages {

    private static final Map<String, String> FIELDS = Map.of("type", "outcomeType", "textEn", "outcomeTextEn",
            "textLo", "outcomeTextLo", "swgs", "outcomeSwgs", "dueDate", "outcomeDueDate", "organizationId",
            "outcomeType");

    @Inject
    MeetingScreen screen;

    @Inject
    OutcomeService outcomes;

    @Inject
    Submission submission;

    /** SWGs and a due date are sent on only for a recommendation: the other types take neither. */
    @POST
    @Path("meetings/{id}/outcomes")
    public Response create(@PathParam("id") long id, @FormParam("agendaItemId") String agendaItemId,
            @FormParam("outcomeType") String type, @FormParam("outcomeTextEn") String textEn,
            @FormParam("outcomeTextLo") String textLo, @FormParam("outcomeSwgs") List<String> swgs,
            @FormParam("outcomeDueDate") String dueDate) {
        Forms parsed = screen.forms();
        Long item = parsed.id("agendaItemId", agendaItemId);
        OutcomeType t = parsed.choice(OutcomeType.class, "outcomeType", type);
        LocalDate due = parsed.date("outcomeDueDate", dueDate, false);
        List<String> codes = swgs == null ? List.of() : swgs.stream().filter(s -> !Forms.blank(s)).toList();
        MeetingScreen.Input in = new MeetingScreen.Input().put("agendaItemId", agendaItemId).put("outcomeType", type)
                .put("outcomeTextEn", textEn).put("outcomeTextLo", textLo).put("outcomeDueDate", dueDate);
        codes.forEach(c -> in.put("outcomeSwg." + c, "true"));
        if (!parsed.ok()) {
            return Submission.invalid(screen.page(id, in.errors(parsed.errors())));
        }
        boolean recommendation = t == OutcomeType.RECOMMENDATION;
        AgendaOutcomeRequest request = new AgendaOutcomeRequest(t, textEn, textLo, recommendation ? codes : null,
                null, recommendation ? due : null, null);
        return submission.submit(() -> outcomes.create(id, item, request),
                created -> "/app/meetings/" + id + "?saved=outcome#agenda",
                refusal -> screen.page(id, in.errors(renamed(refusal.errors()))));
    }

    /** The service names the API's fields; the form prefixes them. */
    static FormErrors renamed(FormErrors apiErrors) {
        FormErrors result = FormErrors.none();
        for (Map.Entry<String, String> e : apiErrors.fields().entrySet()) {
            result = result.and(FormErrors.field(FIELDS.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
        }
        for (String general : apiErrors.general()) {
            result = result.and(FormErrors.general(general));
        }
        return result;
    }
}

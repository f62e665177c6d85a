package la.rtp.tracker.swg.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import la.rtp.tracker.swg.NsedpResource.OutcomeRequest;
import la.rtp.tracker.swg.NsedpResource.PlanRequest;
import la.rtp.tracker.swg.NsedpResource.PlanView;
import la.rtp.tracker.swg.NsedpService;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;

/**
 * The NSEDP plans and their outcomes; the RTP secretariat enters a new plan (the 10th NSEDP,
 * 2026-2030, say) with the same {@link NsedpService} as {@code POST /api/v1/nsedp}.
 */
@Path("/app/nsedp")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class NsedpPages {

    /** The form as typed; outcomes one per line, "English | Lao". */
    public record Form(String number, String title, String startYear, String endYear, String outcomes) {
        static final Form EMPTY = new Form("", "", "", "", "");
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance nsedp(List<PlanView> plans, String added, Form form, FormErrors errors);
    }

    private static final Pattern INDEX = Pattern.compile("^outcomes\\[(\\d+)]\\.(\\w+)$");

    @Inject
    Workspace ws;

    @Inject
    Submission submission;

    @Inject
    NsedpService nsedp;

    @GET
    public TemplateInstance page(@QueryParam("added") String added) {
        return render(added, Form.EMPTY, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@FormParam("number") String number, @FormParam("title") String title,
            @FormParam("startYear") String startYear, @FormParam("endYear") String endYear,
            @FormParam("outcomes") String outcomes) {
        Form form = new Form(orEmpty(number), orEmpty(title), orEmpty(startYear), orEmpty(endYear), orEmpty(outcomes));
        NsedpMessages words = MessageBundles.get(NsedpMessages.class, Localized.Literal.of(ws.lang()));
        FormErrors parse = FormErrors.none();
        Integer planNumber = integer(number);
        Integer start = integer(startYear);
        Integer end = integer(endYear);
        if (planNumber == null) {
            parse = parse.and(FormErrors.field("number", words.not_a_number()));
        }
        if (start == null) {
            parse = parse.and(FormErrors.field("startYear", words.not_a_year()));
        }
        if (end == null) {
            parse = parse.and(FormErrors.field("endYear", words.not_a_year()));
        }
        if (parse.any()) {
            return Submission.invalid(render(null, form, parse));
        }
        List<OutcomeRequest> list = new ArrayList<>();
        for (String line : orEmpty(outcomes).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.indexOf('|');
            String english = (bar < 0 ? line : line.substring(0, bar)).trim();
            String lao = bar < 0 ? null : line.substring(bar + 1).trim();
            list.add(new OutcomeRequest(list.size() + 1, english, lao));
        }
        return submission.submit(
                () -> nsedp.create(new PlanRequest(planNumber, blankToNull(title), start, end, list)),
                plan -> "/app/nsedp?added=" + URLEncoder.encode(title.trim(), StandardCharsets.UTF_8),
                refusal -> render(null, form, onLines(refusal.errors(), words)));
    }

    /** {@code outcomes[2].title} is line 3 of the textarea: the message goes to the textarea, with its line. */
    private static FormErrors onLines(FormErrors errors, NsedpMessages words) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> {
            Matcher m = INDEX.matcher(field);
            if (m.matches()) {
                fields.merge("outcomes", words.on_line(Integer.parseInt(m.group(1)) + 1, message), (a, b) -> a + "; " + b);
            } else {
                fields.merge(field, message, (a, b) -> a + "; " + b);
            }
        });
        FormErrors result = FormErrors.none();
        for (var entry : fields.entrySet()) {
            result = result.and(FormErrors.field(entry.getKey(), entry.getValue()));
        }
        for (String general : errors.general()) {
            result = result.and(FormErrors.general(general));
        }
        return result;
    }

    private TemplateInstance render(String added, Form form, FormErrors errors) {
        return ws.page(Templates.nsedp(nsedp.plans().items(), added, form, errors));
    }

    private static Integer integer(String s) {
        Long value;
        try {
            value = s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            value = null;
        }
        return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

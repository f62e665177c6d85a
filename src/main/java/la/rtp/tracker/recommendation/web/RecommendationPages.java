package la.rtp.tracker.recommendation.web;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import la.rtp.tracker.meeting.ActionItem;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.meeting.Minutes;
import la.rtp.tracker.recommendation.Decision;
import la.rtp.tracker.recommendation.RecommendationRegister;
import la.rtp.tracker.recommendation.RecommendationResource.RecommendationResponseRequest;
import la.rtp.tracker.recommendation.RecommendationService;
import la.rtp.tracker.recommendation.RecommendationStatus;
import la.rtp.tracker.recommendation.RecommendationView;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Forms;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.WebMessages;
import la.rtp.tracker.web.Workspace;

/**
 * The register of recommendations as of today, one recommendation, and an addressed SWG's answer.
 * Who sees what is the register's rule (an SWG user only their SWGs' entries); who may answer is
 * the service's (whoever may write the addressed SWG, once the minutes are published).
 */
@Path("/app/recommendations")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class RecommendationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(RecommendationRows p);

        static native TemplateInstance recommendation(RecommendationPage p);
    }

    @Inject
    Workspace ws;

    @Inject
    Submission submission;

    @Inject
    RecommendationRegister register;

    @Inject
    RecommendationService recommendations;

    /** Filters that do not read (a year out of range, an unknown status) show the default instead of an error. */
    @GET
    public TemplateInstance list(@QueryParam("year") String year, @QueryParam("swg") String swg,
            @QueryParam("status") String status) {
        LocalDate today = register.asOf(null);
        Long y = Forms.longValue(year);
        int shown = y == null || y < 2000 || y > 2200 ? today.getYear() : y.intValue();
        RecommendationStatus st = Forms.enumValue(RecommendationStatus.class, status);
        String code = Forms.blankToNull(swg);
        List<RecommendationView> items = register.register(shown, code, st, today);
        List<String> swgs = ws.swgs().isEmpty()
                ? Swg.<Swg>listAll().stream().map(s -> s.code).sorted().toList()
                : new TreeSet<>(ws.swgs()).stream().toList();
        return ws.page(Templates.list(new RecommendationRows(items, ws.lang(), shown, code, st, swgs)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance recommendation(@PathParam("id") long id, @QueryParam("saved") String saved) {
        return page(id, saved, Map.of(), Set.of(), FormErrors.none());
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response respond(@PathParam("id") long id, @FormParam("swg") String swg,
            @FormParam("decision") String decision, @FormParam("reason") String reason,
            @FormParam("actionItemIds") List<String> actionItemIds) {
        Forms parsed = Forms.of(ws);
        Decision d = parsed.choice(Decision.class, "decision", decision);
        if (d == null && Forms.blank(decision)) {
            parsed.fail("decision", MessageBundles.get(WebMessages.class,
                    Localized.Literal.of(ws.locale().toLanguageTag())).required());
        }
        List<Long> items = parsed.numbers("actionItemIds", actionItemIds).stream().map(Integer::longValue).toList();
        Map<String, String> in = new HashMap<>();
        in.put("swg", swg == null ? "" : swg);
        in.put("decision", decision == null ? "" : decision);
        in.put("reason", reason == null ? "" : reason);
        Set<Long> checked = new LinkedHashSet<>(items);
        if (!parsed.ok()) {
            return Submission.invalid(page(id, null, in, checked, parsed.errors()));
        }
        // A declined recommendation links nothing: boxes ticked before choosing "decline" are not sent on.
        List<Long> linked = d == Decision.NOT_ACCEPTED ? List.of() : items;
        return submission.submit(() -> recommendations.respond(id,
                new RecommendationResponseRequest(swg, d, reason, null, linked)),
                "/app/recommendations/" + id + "?saved=answered",
                refusal -> page(id, null, in, checked, refusal.errors()));
    }

    private TemplateInstance page(long id, String saved, Map<String, String> in, Set<Long> checked,
            FormErrors errors) {
        RecommendationView r = register.get(id, null);
        Set<String> answerable = r.addressees().stream().map(RecommendationView.RecommendationAddressee::swg)
                .filter(ws::mayWrite).collect(Collectors.toCollection(TreeSet::new));
        Minutes minutes = Minutes.ofMeeting(r.meeting().id());
        boolean published = minutes != null && minutes.published;
        Map<String, List<RecommendationPage.OpenItem>> open = published && !answerable.isEmpty() ? openItems(answerable) : Map.of();
        return ws.page(Templates.recommendation(new RecommendationPage(r, ws.lang(), published, answerable, open,
                saved, in, checked, errors)));
    }

    /** The open action items of these SWGs, in one statement, by SWG code. */
    private static Map<String, List<RecommendationPage.OpenItem>> openItems(Set<String> codes) {
        return ActionItem.<ActionItem>list("from ActionItem i join fetch i.swg s where s.code in ?1 and i.status in ?2 "
                + "order by i.dueDate, i.id", codes, List.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS))
                .stream().collect(Collectors.groupingBy(i -> i.swg.code, Collectors.mapping(
                        i -> new RecommendationPage.OpenItem(i.id, i.description, i.dueDate), Collectors.toList())));
    }
}

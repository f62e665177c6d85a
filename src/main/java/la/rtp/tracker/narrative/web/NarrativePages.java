package la.rtp.tracker.narrative.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import la.rtp.tracker.narrative.NarrativeRequests.AcceptNarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.NarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.ReturnNarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.SubmitNarrativeRequest;
import la.rtp.tracker.narrative.NarrativeService;
import la.rtp.tracker.narrative.NarrativeStatus;
import la.rtp.tracker.narrative.NarrativeView;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Forms;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An SWG's narrative of a year: the ten texts, save and submit for its writers, accept or return
 * for the RTP secretariat, with the status, the last return's reason and the history. Each action
 * calls {@link NarrativeService} with the API's request.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class NarrativePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance narrative(Page page, NarrativeForm form, String reason, FormErrors errors,
                String done);
    }

    /** What the page shows and which of its forms the user may use; {@code n} is null before the first save. */
    public record Page(String code, String swgName, int year, NarrativeView n, boolean editable,
            boolean submittable, boolean decidable, boolean returnable) {
    }

    /** One section's two texts, as shown or as typed. */
    public record SectionInput(String key, String en, String lo) {

        public String enField() {
            return key + "En";
        }

        public String loField() {
            return key + "Lo";
        }
    }

    /** The texts and version of the form, kept when refused. */
    public record NarrativeForm(String version, List<SectionInput> sections) {

        static NarrativeForm of(NarrativeView n) {
            return n == null ? new NarrativeForm("", List.of(new SectionInput("sectorOverview", null, null),
                    new SectionInput("achievements", null, null), new SectionInput("challenges", null, null),
                    new SectionInput("nsedpContribution", null, null), new SectionInput("nextPriorities", null, null)))
                    : new NarrativeForm(String.valueOf(n.version()), List.of(
                            new SectionInput("sectorOverview", n.sectorOverviewEn(), n.sectorOverviewLo()),
                            new SectionInput("achievements", n.achievementsEn(), n.achievementsLo()),
                            new SectionInput("challenges", n.challengesEn(), n.challengesLo()),
                            new SectionInput("nsedpContribution", n.nsedpContributionEn(), n.nsedpContributionLo()),
                            new SectionInput("nextPriorities", n.nextPrioritiesEn(), n.nextPrioritiesLo())));
        }
    }

    @Inject
    Workspace ws;

    @Inject
    Submission submission;

    @Inject
    NarrativeService narratives;

    @GET
    @Path("swgs/{code}/narratives/{year}")
    public Response page(@PathParam("code") String code, @PathParam("year") int year, @QueryParam("done") String done) {
        Page page = load(code, year);
        return Submission.html(200, render(page, NarrativeForm.of(page.n()), "", FormErrors.none(), done));
    }

    @POST
    @Path("swgs/{code}/narratives/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("code") String code, @PathParam("year") int year, @RestForm String version,
            @RestForm String sectorOverviewEn, @RestForm String sectorOverviewLo, @RestForm String achievementsEn,
            @RestForm String achievementsLo, @RestForm String challengesEn, @RestForm String challengesLo,
            @RestForm String nsedpContributionEn, @RestForm String nsedpContributionLo,
            @RestForm String nextPrioritiesEn, @RestForm String nextPrioritiesLo) {
        NarrativeForm input = new NarrativeForm(version, List.of(
                new SectionInput("sectorOverview", sectorOverviewEn, sectorOverviewLo),
                new SectionInput("achievements", achievementsEn, achievementsLo),
                new SectionInput("challenges", challengesEn, challengesLo),
                new SectionInput("nsedpContribution", nsedpContributionEn, nsedpContributionLo),
                new SectionInput("nextPriorities", nextPrioritiesEn, nextPrioritiesLo)));
        Forms form = Forms.of(ws);
        Long v = form.number("version", version);
        if (!form.ok()) {
            return Submission.invalid(render(load(code, year), input, "", form.errors(), null));
        }
        NarrativeRequest request = new NarrativeRequest(v, sectorOverviewEn, sectorOverviewLo, achievementsEn,
                achievementsLo, challengesEn, challengesLo, nsedpContributionEn, nsedpContributionLo,
                nextPrioritiesEn, nextPrioritiesLo);
        return submission.submit(() -> narratives.save(code, year, request), saved -> done(code, year, "saved"),
                refusal -> render(load(code, year), input, "", refusal.errors(), null));
    }

    @POST
    @Path("swgs/{code}/narratives/{year}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("code") String code, @PathParam("year") int year) {
        return submission.submit(() -> narratives.submit(code, year, new SubmitNarrativeRequest(null)),
                n -> done(code, year, "submitted"), refusal -> again(code, year, "", refusal.errors()));
    }

    @POST
    @Path("swgs/{code}/narratives/{year}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForRevision(@PathParam("code") String code, @PathParam("year") int year,
            @RestForm String reason) {
        return submission.submit(() -> narratives.returnForRevision(code, year, new ReturnNarrativeRequest(reason, null)),
                n -> done(code, year, "returned"), refusal -> again(code, year, reason, refusal.errors()));
    }

    @POST
    @Path("swgs/{code}/narratives/{year}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("code") String code, @PathParam("year") int year) {
        return submission.submit(() -> narratives.accept(code, year, new AcceptNarrativeRequest(null)),
                n -> done(code, year, "accepted"), refusal -> again(code, year, "", refusal.errors()));
    }

    private TemplateInstance again(String code, int year, String reason, FormErrors errors) {
        Page page = load(code, year);
        return render(page, NarrativeForm.of(page.n()), reason, errors, null);
    }

    private TemplateInstance render(Page page, NarrativeForm form, String reason, FormErrors errors, String done) {
        return ws.page(Templates.narrative(page, form, reason == null ? "" : reason, errors, done));
    }

    /** The page's data; 404 for an unknown SWG, an empty form before the narrative exists. */
    Page load(String code, int year) {
        Swg swg = Swg.require(code);
        NarrativeView n = narratives.exists(code, year) ? narratives.get(code, year) : null;
        boolean mayWrite = ws.mayWrite(swg.code);
        NarrativeStatus status = n == null ? NarrativeStatus.DRAFT : n.status();
        boolean secretariat = ws.isSecretariat();
        return new Page(swg.code, ws.name(swg), year, n, mayWrite && status.editable(),
                mayWrite && n != null && status.editable(), secretariat && status == NarrativeStatus.SUBMITTED,
                secretariat && (status == NarrativeStatus.SUBMITTED || status == NarrativeStatus.ACCEPTED));
    }

    private static String done(String code, int year, String what) {
        return "/app/swgs/" + code + "/narratives/" + year + "?done=" + what;
    }
}

package la.rtp.tracker.compliance.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import la.rtp.tracker.common.Caches;
import la.rtp.tracker.common.CurrentCache;
import la.rtp.tracker.compliance.ComplianceHtml;
import la.rtp.tracker.compliance.ComplianceService;
import la.rtp.tracker.compliance.ProgressReport;
import la.rtp.tracker.compliance.ProgressService;
import la.rtp.tracker.compliance.ReportRequest;
import la.rtp.tracker.narrative.AcceptedNarrative;
import la.rtp.tracker.narrative.NarrativeService;
import la.rtp.tracker.recommendation.SwgRecommendations;
import la.rtp.tracker.recommendation.SwgRecommendations.SwgRecommendation;
import la.rtp.tracker.security.Access;

/**
 * Printable HTML reports for the secretariat, in English or Lao. The matrix is a function of the
 * kept report and the language, so its page is kept beside it until anything is committed. The
 * progress report's recommendations come from the recommendation package's register, read here
 * and passed in as plain values, so that the compliance package does not depend on it; so are
 * the accepted narratives.
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Access.READ)
public class ReportPages {

    @Inject
    ComplianceService service;

    @Inject
    ProgressService progress;

    @Inject
    ComplianceHtml html;

    @Inject
    SwgRecommendations recommendations;

    @Inject
    NarrativeService narratives;

    @Inject
    Clock clock;

    /** Which matrix page: the report's year, date and scope, in a report language. */
    private record MatrixKey(int year, LocalDate asOf, boolean groups, Locale language) {
    }

    private final CurrentCache<MatrixKey, String> matrices;

    @Inject
    ReportPages(Caches caches) {
        // weighed in KiB of text (two bytes a character): at most 32 MiB of pages
        matrices = caches.current("compliance-matrices", 32 * 1024, page -> page.length() / 512);
    }

    @GET
    @Path("compliance")
    public String matrix(@QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("lang") String lang, @QueryParam("subGroups") Boolean subGroups) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        boolean groups = Boolean.TRUE.equals(subGroups);
        Locale language = ComplianceHtml.language(ReportRequest.locale(lang));
        return matrices.get(new MatrixKey(r.year(), r.asOf(), groups, language),
                () -> html.matrix(service.report(r.year(), r.asOf(), groups), language));
    }

    @GET
    @Path("compliance/{code}")
    public String swg(@PathParam("code") String code, @QueryParam("year") Integer year,
            @QueryParam("asOf") LocalDate asOf, @QueryParam("lang") String lang) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        return html.swg(service.report(code, r.year(), r.asOf()), code, ReportRequest.locale(lang));
    }

    @GET
    @Path("progress")
    public String progress(@QueryParam("year") Integer year, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("lang") String lang) {
        ReportRequest r = ReportRequest.of(year, asOf, clock);
        Locale locale = ReportRequest.locale(lang);
        ProgressReport report = progress.report(r.year(), r.asOf());
        report = report.withRecommendations(recommendations(r.year(), r.asOf(), report.swgs()))
                .withNarratives(narratives(r.year(), r.asOf()));
        return html.progress(report, locale);
    }

    /**
     * Each SWG's recommendations as of the report date, as the caller sees them in the register:
     * an SWG secretariat or chair those of their SWGs; for other SWGs null, "not shown".
     */
    private Map<String, List<ProgressReport.Recommendation>> recommendations(int year, LocalDate asOf,
            List<ProgressReport.SwgProgress> swgs) {
        SwgRecommendations.BySwg found = recommendations.of(year, asOf);
        Map<String, List<ProgressReport.Recommendation>> out = new HashMap<>();
        for (ProgressReport.SwgProgress swg : swgs) {
            out.put(swg.code(), !found.shows(swg.code()) ? null : found.recommendations()
                    .getOrDefault(swg.code(), List.of()).stream().map(ReportPages::recommendation).toList());
        }
        return out;
    }

    private static ProgressReport.Recommendation recommendation(SwgRecommendation r) {
        var answer = r.response();
        return new ProgressReport.Recommendation(r.id(), r.meeting(), r.meetingDate(), r.textEn(), r.textLo(),
                r.dueDate(), r.status().name(), answer == null ? null : answer.decision().name(),
                answer == null ? null : answer.reason(), answer == null ? null : answer.respondedOn());
    }

    /** Each SWG's narrative as accepted on the report date, in one statement. */
    private Map<String, ProgressReport.Narrative> narratives(int year, LocalDate asOf) {
        Map<String, ProgressReport.Narrative> out = new HashMap<>();
        for (AcceptedNarrative n : narratives.acceptedAsOf(year, asOf).values()) {
            out.put(n.swg(), new ProgressReport.Narrative(n.acceptedOn(), List.of(
                    new ProgressReport.Section("sectorOverview", n.sectorOverviewEn(), n.sectorOverviewLo()),
                    new ProgressReport.Section("achievements", n.achievementsEn(), n.achievementsLo()),
                    new ProgressReport.Section("challenges", n.challengesEn(), n.challengesLo()),
                    new ProgressReport.Section("nsedpContribution", n.nsedpContributionEn(), n.nsedpContributionLo()),
                    new ProgressReport.Section("nextPriorities", n.nextPrioritiesEn(), n.nextPrioritiesLo()))));
        }
        return out;
    }
}

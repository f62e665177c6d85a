package la.rtp.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.compliance.ComplianceService;
import la.rtp.tracker.meeting.ActionItem;
import la.rtp.tracker.meeting.ActionItemView;
import la.rtp.tracker.meeting.Meeting;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.workplan.Workplan;
import la.rtp.tracker.workplan.WorkplanDeadlines;

/**
 * The first page after sign-in: the user's SWGs with this year's workplan and its deadline, this
 * quarter's meetings (or a warning that there is none) and overdue action items; for the RTP
 * secretariat also the year's RTP cycle (its RTP-level meetings) and the compliance matrix. A fixed number of statements whatever the number of
 * SWGs: one each for the year's workplans, the quarter's meetings and the overdue items.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class HomePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(int year, int quarter, LocalDate today, LocalDate deadline,
                List<HomeViews.SwgCard> swgs, HomeViews.Matrix matrix, List<HomeViews.CycleRow> cycle);
    }

    @Inject
    Workspace ws;

    @Inject
    Clock clock;

    @Inject
    WorkplanDeadlines deadlines;

    @Inject
    ComplianceService compliance;

    @GET
    public TemplateInstance home() {
        LocalDate today = LocalDate.now(clock.withZone(Time.ZONE));
        int year = today.getYear();
        int quarter = Time.quarterOf(today);
        LocalDate quarterStart = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        List<Swg> swgs = mySwgs();
        List<Long> ids = swgs.stream().map(s -> s.id).toList();

        Map<Long, Workplan> workplans = Workplan.ofYear(year, ids).stream()
                .collect(Collectors.toMap(w -> w.swg.id, w -> w));
        Map<Long, List<HomeViews.MeetingRow>> meetings = new HashMap<>();
        for (Meeting m : Meeting.ofSwgsBetween(ids, quarterStart, quarterStart.plusMonths(3).minusDays(1))) {
            meetings.computeIfAbsent(m.swg.id, k -> new ArrayList<>()).add(HomeViews.MeetingRow.of(m));
        }
        Map<Long, List<HomeViews.ActionRow>> overdue = new HashMap<>();
        for (ActionItem i : ActionItem.overdueIn(ids, today)) {
            overdue.computeIfAbsent(i.swg.id, k -> new ArrayList<>())
                    .add(HomeViews.ActionRow.of(ActionItemView.from(i, today)));
        }
        String lang = ws.lang();
        List<HomeViews.SwgCard> cards = swgs.stream().map(s -> {
            Workplan w = workplans.get(s.id);
            return new HomeViews.SwgCard(s.code, HomeViews.name(s, lang), w == null ? null : w.id,
                    w == null ? null : w.status.name(), meetings.getOrDefault(s.id, List.of()),
                    overdue.getOrDefault(s.id, List.of()));
        }).toList();
        HomeViews.Matrix matrix = ws.isSecretariat()
                ? HomeViews.Matrix.of(compliance.report(year, today), ws.locale(), lang)
                : null;
        List<HomeViews.CycleRow> cycle = ws.isSecretariat()
                ? Meeting.rtpLevelOfYear(year).stream().map(HomeViews.CycleRow::of).toList()
                : null;
        return ws.page(Templates.home(year, quarter, today, deadlines.effective(year), cards, matrix, cycle));
    }

    /** The SWGs on a scoped user's account; all ten top-level SWGs for the RTP secretariat and viewers. */
    private List<Swg> mySwgs() {
        if (ws.isSecretariat() || ws.swgs().isEmpty()) {
            return Swg.topLevel();
        }
        return Swg.list("code in ?1 order by id", ws.swgs());
    }
}

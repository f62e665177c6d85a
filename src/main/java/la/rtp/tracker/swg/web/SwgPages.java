package la.rtp.tracker.swg.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.meeting.ActionItemService;
import la.rtp.tracker.meeting.MeetingService;
import la.rtp.tracker.swg.DirectoryService;
import la.rtp.tracker.swg.MembershipRole;
import la.rtp.tracker.swg.MembershipView;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.HomeViews;
import la.rtp.tracker.web.Workspace;
import la.rtp.tracker.workplan.WorkplanService;
import la.rtp.tracker.workplan.WorkplanView;

/**
 * One SWG: its leaders with their terms, workplans by year, meetings and action items. The lists
 * come from the services the API's list resources call, which cost a fixed number of statements.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SwgPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance swg(Swg swg, String name, Leaders leaders, List<WorkplanRow> workplans,
                int newYear, List<HomeViews.MeetingRow> meetings, List<HomeViews.ActionRow> actions);
    }

    /** Current holders of the leading posts, each with its term. */
    public record Leaders(List<MembershipView> chairs, List<MembershipView> coChairs,
            List<MembershipView> secretariat) {

        static Leaders of(List<MembershipView> active) {
            return new Leaders(having(active, MembershipRole.CHAIR), having(active, MembershipRole.CO_CHAIR),
                    having(active, MembershipRole.SECRETARIAT));
        }

        private static List<MembershipView> having(List<MembershipView> all, MembershipRole role) {
            return all.stream().filter(m -> m.role() == role).toList();
        }
    }

    public record WorkplanRow(long id, int year, String status, LocalDate deadline, LocalDate submittedOn,
            LocalDate endorsedOn) {

        static WorkplanRow of(WorkplanView w) {
            return new WorkplanRow(w.id(), w.year(), w.status().name(), w.deadline(), w.submittedOn(),
                    w.endorsedOn());
        }
    }

    @Inject
    Workspace ws;

    @Inject
    Clock clock;

    @Inject
    DirectoryService directory;

    @Inject
    WorkplanService workplans;

    @Inject
    MeetingService meetings;

    @Inject
    ActionItemService actions;

    @GET
    @Path("swgs/{code}")
    public TemplateInstance swg(@PathParam("code") String code) {
        Swg swg = Swg.require(code);
        int all = PageView.MAX_SIZE;
        Leaders leaders = Leaders.of(directory.memberships(code, null).items());
        List<WorkplanRow> plans = workplans.list(null, code, null, 0, all).items().stream()
                .map(WorkplanRow::of).toList();
        List<HomeViews.MeetingRow> newestFirst = new ArrayList<>(meetings.list(code, null, null, null, null, "SWG", 0, all)
                .items().stream().map(HomeViews.MeetingRow::of).toList());
        Collections.reverse(newestFirst);
        List<HomeViews.ActionRow> items = actions.list(code, null, null, null, 0, all).items().stream()
                .map(HomeViews.ActionRow::of).toList();
        int thisYear = LocalDate.now(clock.withZone(Time.ZONE)).getYear();
        int newYear = plans.stream().anyMatch(p -> p.year() == thisYear) ? thisYear + 1 : thisYear;
        return ws.page(Templates.swg(swg, ws.name(swg), leaders, plans, newYear, newestFirst, items));
    }

}

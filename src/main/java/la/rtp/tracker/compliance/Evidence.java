package la.rtp.tracker.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** API paths of the resources a verdict rests on (the JSON API's own paths, so a reader can fetch them). */
final class Evidence {

    private Evidence() {
    }

    static String workplan(long id) {
        return "/api/v1/workplans/" + id;
    }

    static String meeting(long id) {
        return "/api/v1/meetings/" + id;
    }

    static String actionItem(long id) {
        return "/api/v1/action-items/" + id;
    }

    static String recommendation(long id) {
        return "/api/v1/recommendations/" + id;
    }

    static String members(String swgCode, LocalDate asOf) {
        return "/api/v1/swgs/" + swgCode + "/members?asOf=" + asOf;
    }

    static List<String> meetings(Collection<MeetingFact> meetings) {
        return meetings.stream().map(meeting -> meeting(meeting.id())).toList();
    }

    static List<String> recommendations(Collection<RecommendationFact> recommendations) {
        return recommendations.stream().map(r -> recommendation(r.id())).toList();
    }

    static List<String> workplan(WorkplanFact workplan) {
        return workplan == null ? List.of() : List.of(workplan(workplan.id()));
    }
}

package la.rtp.tracker.recommendation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import la.rtp.tracker.recommendation.RecommendationStatus;
import la.rtp.tracker.recommendation.RecommendationView;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAddressee;

/**
 * What the printable register shows, worked out in one language so that the template only lays
 * it out: the recommendations grouped by meeting, then agenda item, each addressee's status,
 * answer and linked actions, and the number of entries in each status, overall and per SWG.
 * Codes (statuses, decisions, kinds) stay strings: the report bundle names them.
 */
public record RecommendationReport(Head head, List<MeetingGroup> meetings, Totals overall, List<Totals> perSwg) {

    /** The page head the report layout prints; {@code lang} is the {@code <html lang>}. */
    public record Head(String lang, String secretariat, int year, LocalDate asOf, String asOfText) {
    }

    public record MeetingGroup(long id, String title, String kind, LocalDate date, List<ItemGroup> items) {
    }

    /** An agenda item; {@code segment} the SWG whose segment it belongs to, or null. */
    public record ItemGroup(long id, int position, String title, String segment, List<Recommendation> recommendations) {
    }

    public record Recommendation(long id, String text, LocalDate dueDate, String organization, List<Entry> entries) {
    }

    /** One addressed SWG; {@code decision}, {@code reason} and {@code respondedOn} null while unanswered. */
    public record Entry(String swg, String status, String decision, String reason, LocalDate respondedOn,
            List<Action> actions) {
    }

    public record Action(long id, String description, LocalDate dueDate, String status) {
    }

    /** Entries by status, in the order of {@link #statuses()}; {@code swg} null for the overall line. */
    public record Totals(String swg, Map<String, Integer> counts) {

        public int get(String status) {
            return counts.getOrDefault(status, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The statuses in the order of the totals' columns. */
    public List<String> statuses() {
        return Arrays.stream(RecommendationStatus.values()).map(Enum::name).toList();
    }

    static RecommendationReport of(int year, LocalDate asOf, List<RecommendationView> register, Locale locale,
            String secretariat) {
        String lang = locale.getLanguage();
        Head head = new Head(lang, secretariat, year, asOf, DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                .format(asOf));
        Map<Long, MeetingGroup> meetings = new LinkedHashMap<>();
        Map<Long, ItemGroup> items = new LinkedHashMap<>();
        Map<RecommendationStatus, Integer> overall = new EnumMap<>(RecommendationStatus.class);
        Map<String, Map<RecommendationStatus, Integer>> perSwg = new TreeMap<>();
        // the register comes ordered by meeting date, meeting, agenda position: groups keep that order
        for (RecommendationView r : register) {
            MeetingGroup m = meetings.computeIfAbsent(r.meeting().id(), id -> new MeetingGroup(id,
                    r.meeting().title(), r.meeting().kind().name(), r.meeting().date(), new ArrayList<>()));
            ItemGroup item = items.computeIfAbsent(r.agendaItem().id(), id -> {
                ItemGroup g = new ItemGroup(id, r.agendaItem().position(), r.agendaItem().title(),
                        r.agendaItem().segment(), new ArrayList<>());
                m.items().add(g);
                return g;
            });
            List<Entry> entries = new ArrayList<>();
            for (RecommendationAddressee a : r.addressees()) {
                overall.merge(a.status(), 1, Integer::sum);
                perSwg.computeIfAbsent(a.swg(), k -> new EnumMap<>(RecommendationStatus.class))
                        .merge(a.status(), 1, Integer::sum);
                var answer = a.response();
                entries.add(new Entry(a.swg(), a.status().name(), answer == null ? null : answer.decision().name(),
                        answer == null ? null : answer.reason(), answer == null ? null : answer.respondedOn(),
                        a.actions().stream().map(i -> new Action(i.id(), i.description(), i.dueDate(),
                                i.status().name())).toList()));
            }
            boolean lao = "lo".equals(lang) && r.textLo() != null && !r.textLo().isBlank();
            item.recommendations().add(new Recommendation(r.id(), lao ? r.textLo() : r.textEn(), r.dueDate(),
                    r.organization() == null ? null : r.organization().name(), entries));
        }
        List<Totals> swgs = new ArrayList<>();
        perSwg.forEach((swg, counts) -> swgs.add(totals(swg, counts)));
        return new RecommendationReport(head, List.copyOf(meetings.values()), totals(null, overall), swgs);
    }

    private static Totals totals(String swg, Map<RecommendationStatus, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (RecommendationStatus s : RecommendationStatus.values()) {
            out.put(s.name(), counts.getOrDefault(s, 0));
        }
        return new Totals(swg, out);
    }
}

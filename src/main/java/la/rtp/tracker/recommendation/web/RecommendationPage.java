package la.rtp.tracker.recommendation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import la.rtp.tracker.recommendation.RecommendationView;
import la.rtp.tracker.web.FormErrors;

/**
 * One recommendation as its page shows it: the register's view, the addressed SWGs the user may
 * answer for with their open action items, and a refused answer's values and errors (which belong
 * to the form of the SWG it was sent for, {@code input.swg}).
 */
public record RecommendationPage(RecommendationView r, String lang, boolean published, Set<String> answerable,
        Map<String, List<OpenItem>> openItems, String saved, Map<String, String> input, Set<Long> checked,
        FormErrors errors) {

    /** An open action item of an SWG, one the answer may link. */
    public record OpenItem(long id, String description, LocalDate dueDate) {
    }

    /** The year of the meeting: the register's page it is listed on. */
    public int year() {
        return r.meeting().date().getYear();
    }

    /** The text in the page's language, else in the other one. */
    public String text() {
        return RecommendationRows.text(r, lang);
    }

    public boolean mayAnswer(String swg) {
        return published && answerable.contains(swg);
    }

    public List<OpenItem> openItems(String swg) {
        return openItems.getOrDefault(swg, List.of());
    }

    /** The errors of the form sent for {@code swg}; none for the other forms. */
    public FormErrors errorsOf(String swg) {
        return swg.equals(input.get("swg")) ? errors : FormErrors.none();
    }

    /** A value the refused form of {@code swg} sent, or the empty string. */
    public String in(String swg, String name) {
        return swg.equals(input.get("swg")) ? input.getOrDefault(name, "") : "";
    }

    public boolean checked(String swg, long actionItemId) {
        return swg.equals(input.get("swg")) && checked.contains(actionItemId);
    }
}

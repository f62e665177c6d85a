package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.YearOfData.actionItem;
import static la.rtp.tracker.compliance.YearOfData.heldMeeting;
import static la.rtp.tracker.compliance.YearOfData.member;
import static la.rtp.tracker.compliance.YearOfData.organization;
import static la.rtp.tracker.compliance.YearOfData.walkIn;
import static la.rtp.tracker.compliance.YearOfData.workplan;
import static la.rtp.tracker.support.Api.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The year the Word documents' tests read: the macroeconomics SWG with a chair, a workplan of
 * one activity, a held meeting of three (one woman) and an open action item.
 */
final class DocxScenario {

    static final String SWG = "macroeconomics";

    private DocxScenario() {
    }

    /** Builds the year through the API; returns the held meeting's title. */
    static String build(int year) {
        YearOfData.planCovering(year);
        long ministry = organization("GOVERNMENT");
        member(SWG, "CHAIR", ministry, null, year + "-01-01");
        workplan(SWG, year, List.of(List.of(1)));
        long meeting = heldMeeting(SWG, year + "-02-10", List.of(1));
        walkIn(meeting, "FEMALE", ministry);
        walkIn(meeting, "MALE", ministry);
        walkIn(meeting, "UNDISCLOSED", organization("NGO"));
        actionItem(meeting, ministry, year + "-12-31");
        return "Quarterly meeting " + year + "-02-10";
    }

    /** One more held meeting with an attendee and an action: more rows, not more statements. */
    static void more(int year, String date) {
        long ministry = organization("GOVERNMENT");
        long meeting = heldMeeting(SWG, date, List.of(1));
        walkIn(meeting, "FEMALE", ministry);
        actionItem(meeting, ministry, year + "-12-15");
    }

    /** The SWG's names as the API has them now (other tests may rename SWGs). */
    static Map<String, Object> swg() {
        return admin().get("/api/v1/swgs/" + SWG).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The texts of the headings of a level, in document order. */
    static List<String> headings(XWPFDocument doc, int level) {
        return doc.getParagraphs().stream().filter(p -> ("Heading" + level).equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    /**
     * The rows (cell texts) of every table between the level-2 heading that starts with
     * {@code heading} and the next level-2 heading.
     */
    static List<List<String>> rowsUnder(XWPFDocument doc, String heading) {
        List<List<String>> rows = new ArrayList<>();
        boolean inside = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && "Heading2".equals(p.getStyle())) {
                inside = p.getText().startsWith(heading);
            } else if (inside && e instanceof XWPFTable t) {
                t.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(XWPFTableCell::getText).toList()));
            }
        }
        return rows;
    }
}

package la.rtp.tracker.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.meeting.MeetingKind;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationActionItem;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAddressee;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAgendaItem;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAnswer;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationMeeting;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The register's CSV: one record per addressee, totals per status, and no cell a spreadsheet would run. */
class RecommendationCsvTest {

    private static final LocalDate D = LocalDate.of(2024, 6, 15);

    @Test
    void entriesThenTotalsWithFormulasNeutralised() throws IOException {
        RecommendationView r = new RecommendationView(7, new RecommendationMeeting(3, "RTIM 2024", MeetingKind.RTIM,
                LocalDate.of(2024, 3, 10)), new RecommendationAgendaItem(5, 1, "Review, health", "health"),
                "=HYPERLINK(\"http://x\")", "ຂໍ້ສະເໜີ", LocalDate.of(2024, 9, 30), null, D, List.of(
                        new RecommendationAddressee("health", RecommendationStatus.DONE,
                                new RecommendationAnswer(Decision.ACCEPTED, null, LocalDate.of(2024, 4, 1)),
                                List.of(new RecommendationActionItem(11, "Draft, then share", LocalDate.of(2024, 6, 1),
                                        ActionItemStatus.DONE))),
                        new RecommendationAddressee("education", RecommendationStatus.NOT_ACCEPTED,
                                new RecommendationAnswer(Decision.NOT_ACCEPTED, "-1+1 is not ours", D), List.of())));
        String csv = RecommendationCsv.csv(2024, D, List.of(r));
        assertTrue(csv.endsWith("\r\n"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(6, records.size());
        CSVRecord health = records.get(0);
        assertEquals(List.of("entry", "2024", "2024-06-15", "7", "3", "2024-03-10", "RTIM 2024", "RTIM",
                "Review, health", "health", "'=HYPERLINK(\"http://x\")", "ຂໍ້ສະເໜີ", "2024-09-30", "", "health",
                "DONE", "ACCEPTED", "", "2024-04-01", "#11 Draft, then share (due 2024-06-01): DONE", ""),
                health.toList());
        assertEquals("'-1+1 is not ours", records.get(1).get("reason"));
        assertEquals(List.of("OPEN=0", "IN_PROGRESS=0", "NOT_ACCEPTED=1", "DONE=1"), records.subList(2, 6).stream()
                .map(t -> t.get("row").equals("total") ? t.get("status") + "=" + t.get("count") : "?").toList());
    }
}

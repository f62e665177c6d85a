package la.rtp.tracker.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export: one record per SWG and rule, parsed back with Commons CSV. */
class ComplianceCsvTest {

    private final ComplianceCsv csv = new ComplianceCsv();

    @Test
    void headerAndCrlfRecords() {
        String text = csv.csv(ReportFixtures.report());
        assertTrue(text.startsWith("year,asOf,swg,swgName,rule,ruleName,status,detail,evidence\r\n"), text);
        assertTrue(text.contains("\r\n2025,2025-07-15,health,Health,RTP-1,Leadership,COMPLIANT,"
                + "\"Government chair, co-chair and secretariat in place on 15 Jul\","
                + "/api/v1/swgs/health/members?asOf=2025-07-15\r\n"), text);
        assertTrue(text.endsWith("\r\n"));
        assertTrue(text.charAt(0) != '\uFEFF', "no byte order mark");
    }

    @Test
    void everyRuleOfEverySwgParsesBack() throws IOException {
        ComplianceReport report = ReportFixtures.report();
        List<CSVRecord> records = parse(csv.csv(report));
        assertEquals(33, records.size());
        int i = 0;
        for (ComplianceReport.SwgEntry swg : report.swgs()) {
            for (ComplianceReport.RuleResult rule : swg.rules()) {
                CSVRecord record = records.get(i++);
                assertEquals(List.of("2025", "2025-07-15", swg.code(), swg.name(), rule.rule(), rule.name(),
                        rule.status().name(), rule.detail(), String.join(" ", rule.evidence())),
                        record.toList(), swg.code() + " " + rule.rule());
            }
        }
    }

    @Test
    void quotesCommasAndLineBreaksSurvive() throws IOException {
        List<CSVRecord> records = parse(csv.csv(ReportFixtures.report()));
        CSVRecord rtp4 = records.stream()
                .filter(r -> r.get("swg").equals("hostile") && r.get("rule").equals("RTP-4")).findFirst()
                .orElseThrow();
        assertEquals(ReportFixtures.HOSTILE_NAME, rtp4.get("swgName"));
        assertEquals("NON_COMPLIANT", rtp4.get("status"));
        assertEquals("1 of 1 activities not linked to an NSEDP outcome: " + ReportFixtures.HOSTILE_TITLE,
                rtp4.get("detail"));
        assertEquals("/api/v1/workplans/9", rtp4.get("evidence"));
        CSVRecord rtp1 = records.stream()
                .filter(r -> r.get("swg").equals("hostile") && r.get("rule").equals("RTP-1")).findFirst()
                .orElseThrow();
        assertEquals("/api/v1/swgs/hostile/members?asOf=2025-07-15 javascript:alert(1)", rtp1.get("evidence"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised() throws IOException {
        String formula = "=cmd|' /C calc'!A0";
        ComplianceReport.SwgEntry health = ReportFixtures.report().swgs().get(0);
        ComplianceReport.RuleResult first = health.rules().get(0);
        List<ComplianceReport.RuleResult> rules = List.of(
                new ComplianceReport.RuleResult("RTP-1", "+SUM(A1)", first.status(), formula, List.of("@x"),
                        first.message()),
                new ComplianceReport.RuleResult("RTP-2", "-2+3", first.status(), "\tcalc", List.of("\r=1"),
                        first.message()));
        ComplianceReport report = new ComplianceReport(2025, ReportFixtures.AS_OF, List.of(
                new ComplianceReport.SwgEntry("health", formula, "", rules, health.figures())));

        String text = csv.csv(report);
        assertTrue(text.contains("\r\n2025,2025-07-15,health,\"'=cmd|' /C calc'!A0\",RTP-1,\"'+SUM(A1)\","
                + "COMPLIANT,\"'=cmd|' /C calc'!A0\",\"'@x\"\r\n"), text);
        List<CSVRecord> records = parse(text);
        assertEquals(List.of("2025", "2025-07-15", "health", "'" + formula, "RTP-2", "'-2+3", "COMPLIANT",
                "'\tcalc", "'\r=1"), records.get(1).toList());
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        assertEquals("\"a\uFFFDb\uFFFD\r\nc\"", ComplianceCsv.cell("a\u0007b\uD800\r\nc"));
    }

    @Test
    void emptyReportIsTheHeaderAlone() {
        assertEquals("year,asOf,swg,swgName,rule,ruleName,status,detail,evidence\r\n",
                csv.csv(new ComplianceReport(2025, ReportFixtures.AS_OF, List.of())));
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        }
    }
}

package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The compliance matrix as an Excel workbook, read back with POI and compared with the JSON report. */
@QuarkusTest
class ComplianceXlsxTest {

    private static final String QUERY = "?year=2036&asOf=2036-06-30";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Map<String, String> EN = Map.of("COMPLIANT", "Compliant", "NON_COMPLIANT", "Non-compliant",
            "PENDING", "Pending", "NOT_APPLICABLE", "N/A");
    private static final Map<String, String> LO = Map.of("COMPLIANT", "ປະຕິບັດຕາມ", "NON_COMPLIANT", "ບໍ່ປະຕິບັດຕາມ",
            "PENDING", "ລໍຖ້າ", "NOT_APPLICABLE", "ບໍ່ກ່ຽວຂ້ອງ");

    @Test
    void oneRowPerSwgOneColumnPerRuleWithTheReasonAsComment() throws IOException {
        JsonPath json = admin().get("/api/v1/compliance" + QUERY).then().statusCode(200).extract().jsonPath();
        Response r = admin().accept(XLSX).get("/api/v1/compliance.xlsx" + QUERY);
        r.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"compliance-2036.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            Sheet matrix = book.getSheetAt(0);
            assertEquals("Compliance", matrix.getSheetName());
            assertEquals("Details", book.getSheetAt(1).getSheetName());
            PaneInformation pane = matrix.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() == 1, "header frozen");
            assertTrue(matrix.getColumnWidth(1) >= 30 * 256, "names get room");
            Row header = matrix.getRow(0);
            assertEquals("Code", header.getCell(0).getStringCellValue());
            assertEquals("Sector Working Group", header.getCell(1).getStringCellValue());
            assertEquals("RTP-1 " + ComplianceMessages.ruleName("RTP-1", java.util.Locale.ENGLISH),
                    header.getCell(2).getStringCellValue());
            List<Map<String, Object>> swgs = json.getList("swgs");
            assertEquals(swgs.size(), matrix.getLastRowNum());
            for (int i = 0; i < swgs.size(); i++) {
                Row row = matrix.getRow(i + 1);
                assertEquals(json.getString("swgs[" + i + "].code"), row.getCell(0).getStringCellValue());
                List<String> statuses = json.getList("swgs[" + i + "].rules.status");
                List<String> details = json.getList("swgs[" + i + "].rules.detail");
                for (int c = 0; c < statuses.size(); c++) {
                    Cell cell = row.getCell(c + 2);
                    assertEquals(EN.get(statuses.get(c)), cell.getStringCellValue(), row.getCell(0) + " rule " + c);
                    assertNotNull(cell.getCellComment(), "a reason on every cell");
                    assertEquals(details.get(c), cell.getCellComment().getString().getString());
                }
            }
            Sheet details = book.getSheetAt(1);
            assertEquals(List.of("Code", "Sector Working Group", "Rule", "Rule name", "Status", "Detail", "Evidence"),
                    texts(details.getRow(0), 7));
            assertEquals(json.getList("swgs.rules").stream().mapToInt(l -> ((List<?>) l).size()).sum(),
                    details.getLastRowNum());
            assertEquals(json.getString("swgs[0].rules[0].detail"), details.getRow(1).getCell(5).getStringCellValue());
        }
    }

    @Test
    void laoHeadersStatusWordsAndSheetNames() throws IOException {
        JsonPath json = admin().get("/api/v1/compliance" + QUERY).then().statusCode(200).extract().jsonPath();
        byte[] bytes = admin().accept(XLSX).get("/api/v1/compliance.xlsx" + QUERY + "&lang=lo").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet matrix = book.getSheetAt(0);
            assertEquals("ການປະຕິບັດຕາມ", matrix.getSheetName());
            assertEquals("ລະຫັດ", matrix.getRow(0).getCell(0).getStringCellValue());
            assertEquals("ໜ່ວຍງານຂະແໜງການ", matrix.getRow(0).getCell(1).getStringCellValue());
            assertEquals("RTP-1 " + ComplianceMessages.ruleName("RTP-1", ComplianceMessages.LAO),
                    matrix.getRow(0).getCell(2).getStringCellValue());
            assertEquals(LO.get(json.getString("swgs[0].rules[0].status")),
                    matrix.getRow(1).getCell(2).getStringCellValue());
            assertEquals(json.getString("swgs[0].nameLo"), matrix.getRow(1).getCell(1).getStringCellValue());
        }
    }

    @Test
    void aNameTypedAsAFormulaStaysText() throws IOException {
        String code = Api.unique("xlsf").toLowerCase();
        admin().body(Map.of("code", code, "name", "=1+1", "nameLo", "=2+2", "leadMinistry", "Ministry of Health",
                "mandate", "Health financing")).post("/api/v1/swgs/health/sub-groups").then().statusCode(201);
        byte[] bytes = admin().accept(XLSX).get("/api/v1/compliance.xlsx" + QUERY + "&subGroups=true")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet matrix = book.getSheetAt(0);
            Row row = null;
            for (Row candidate : matrix) {
                if (code.equals(candidate.getCell(0).getStringCellValue())) {
                    row = candidate;
                }
            }
            assertNotNull(row, "the sub-group is listed");
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
            assertEquals("=1+1", row.getCell(1).getStringCellValue());
        }
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        admin().accept(XLSX).get("/api/v1/compliance.xlsx" + QUERY + "&lang=fr").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static List<String> texts(Row row, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }
}

package la.rtp.tracker.workplan;

import static la.rtp.tracker.support.Api.admin;
import static la.rtp.tracker.support.Fixtures.swg;
import static la.rtp.tracker.support.Fixtures.workplan;
import static la.rtp.tracker.workplan.WorkplanFixtures.activity;
import static la.rtp.tracker.workplan.WorkplanFixtures.addActivity;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.Xlsx;
import la.rtp.tracker.support.Api;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workplan as an Excel workbook: export, template, and the import, read back with POI. */
@QuarkusTest
class WorkplanXlsxTest {

    static final String XLSX = Xlsx.MEDIA_TYPE;

    @Test
    void exportHasActivitiesBudgetProgressAndAReadmeInBothLanguages() throws IOException {
        String code = swg();
        long id = workplan(code, 2024);
        String org = "Org " + Api.unique("x");
        long orgId = admin().body(Map.of("name", org, "acronym", "O", "type", "GOVERNMENT"))
                .post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = activity("School census", List.of(3, 2), List.of(4, 1), "GOVERNMENT", 1500.5, 0,
                "ODA_GRANT", 1000, 0);
        body.put("responsibleOrganizationId", orgId);
        addActivity(admin(), id, body);
        addActivity(admin(), id, activity("=1+1 stays text", List.of(), List.of(2)));

        Response r = admin().accept(XLSX).get("/api/v1/workplans/" + id + "/xlsx");
        r.then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"workplan-" + code + "-2024.xlsx\"");
        try (XSSFWorkbook book = open(r.asByteArray())) {
            assertEquals(List.of("Activities", "Budget", "Progress", "README"), sheetNames(book));
            Sheet activities = book.getSheet("Activities");
            PaneInformation pane = activities.getPaneInformation();
            assertTrue(pane != null && pane.isFreezePane(), "header frozen");
            assertEquals(WorkplanXlsx.ACTIVITY_COLUMNS, texts(activities.getRow(0), 6));
            assertEquals(List.of("1", "School census", "About School census", "2, 3", "Q1, Q4", org),
                    texts(activities.getRow(1), 6));
            assertEquals("=1+1 stays text", activities.getRow(2).getCell(1).getStringCellValue());
            Sheet budget = book.getSheet("Budget");
            assertEquals(List.of("1", "GOVERNMENT", "", "USD", "1500.5"), texts(budget.getRow(1), 5));
            assertEquals(List.of("1", "ODA_GRANT", "", "USD", "1000"), texts(budget.getRow(2), 5));
            assertEquals(2, budget.getLastRowNum());
            String readme = allText(book.getSheet("README"));
            assertTrue(readme.contains("NSEDP outcomes") && readme.contains("ໄຕມາດ"), readme);
        }
    }

    @Test
    void templateHasTheHeadersOnly() throws IOException {
        Response r = admin().accept(XLSX).get("/api/v1/workplans/template.xlsx");
        r.then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString("template"));
        try (XSSFWorkbook book = open(r.asByteArray())) {
            assertEquals(List.of("Activities", "Budget", "Progress", "README"), sheetNames(book));
            assertEquals(0, book.getSheet("Activities").getLastRowNum());
            assertEquals(WorkplanXlsx.BUDGET_COLUMNS, texts(book.getSheet("Budget").getRow(0), 5));
        }
    }

    @Test
    void exportImportExportGivesTheSameCellsAndTheSameWorkplan() throws IOException {
        long id = workplan(swg(), 2024);
        addActivity(admin(), id, activity("First", List.of(1, 2), List.of(1, 2), "GOVERNMENT", 100.25, 0, "NGO", 40, 0));
        addActivity(admin(), id, activity("Second", List.of(), List.of(3)));
        JsonPath before = admin().get("/api/v1/workplans/" + id).jsonPath();
        byte[] first = admin().accept(XLSX).get("/api/v1/workplans/" + id + "/xlsx").then().statusCode(200).extract()
                .asByteArray();

        upload(admin(), id, first).then().statusCode(200).body("activities.size()", equalTo(2));

        JsonPath after = admin().get("/api/v1/workplans/" + id).jsonPath();
        assertEquals(before.getList("activities.id"), after.getList("activities.id"), "activities kept, not recreated");
        assertEquals(before.getList("activities.title"), after.getList("activities.title"));
        assertEquals(before.getList("activities.budget.planned"), after.getList("activities.budget.planned"));
        byte[] second = admin().accept(XLSX).get("/api/v1/workplans/" + id + "/xlsx").then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook a = open(first); XSSFWorkbook b = open(second)) {
            for (String sheet : List.of("Activities", "Budget", "Progress", "README")) {
                assertEquals(allText(a.getSheet(sheet)), allText(b.getSheet(sheet)), sheet);
            }
        }
    }

    @Test
    void importReplacesActivitiesAndBudgetLines() throws IOException {
        long id = workplan(swg(), 2024);
        addActivity(admin(), id, activity("Old", List.of(), List.of(1), "GOVERNMENT", 5, 0));
        byte[] file = workbook(
                List.of(List.of("1", "Kept and renamed", "", "1", "Q2", ""), List.of("N1", "New one", "Why", "2, 3",
                        "1, 4", "")),
                List.of(List.of("N1", "ODA_LOAN", "", "USD", "2500.75"), List.of("1", "government", "", "", "10")));

        upload(admin(), id, file).then().statusCode(200);

        JsonPath w = admin().get("/api/v1/workplans/" + id).jsonPath();
        assertEquals(List.of("Kept and renamed", "New one"), w.getList("activities.title"));
        assertEquals(List.of(1), w.getList("activities[0].nsedpOutcomes"));
        assertEquals(List.of(2), w.getList("activities[0].quarters"));
        assertEquals(List.of(2, 3), w.getList("activities[1].nsedpOutcomes"));
        assertEquals(List.of(1, 4), w.getList("activities[1].quarters"));
        assertEquals("ODA_LOAN", w.getString("activities[1].budget[0].source"));
        assertEquals(2500.75f, w.getFloat("activities[1].budget[0].planned"));
        assertEquals(10.0f, w.getFloat("activities[0].budget[0].planned"));
    }

    @Test
    void theFourLocatedErrorsAreReportedAtOnceAndNothingIsWritten() throws IOException {
        long id = workplan(swg(), 2024);
        addActivity(admin(), id, activity("Untouched", List.of(1), List.of(1), "GOVERNMENT", 5, 0));
        String before = admin().get("/api/v1/workplans/" + id).asString();
        byte[] file = workbook(
                List.of(List.of("1", "", "", "1", "Q1", ""), List.of("2", "Bad outcome", "", "99", "Q1", "")),
                List.of(List.of("1", "GOVERNMENT", "", "USD", "-5"), List.of("2", "NGO", "", "EUR", "10")));

        JsonPath problem = upload(admin(), id, file).then().statusCode(422).contentType("application/problem+json")
                .extract().jsonPath();
        assertEquals(List.of("Activities!B2", "Activities!D3", "Budget!D3", "Budget!E2"),
                problem.getList("errors.field").stream().map(String::valueOf).sorted().toList());
        assertEquals(List.of("Activities", "Activities", "Budget", "Budget"),
                problem.getList("errors.sheet").stream().map(String::valueOf).sorted().toList());
        List<Map<String, Object>> errors = problem.getList("errors");
        Map<String, Object> outcome = errors.stream().filter(e -> "D".equals(e.get("column"))
                && "Activities".equals(e.get("sheet"))).findFirst().orElseThrow();
        assertEquals(3, outcome.get("row"));
        assertTrue(String.valueOf(outcome.get("message")).contains("99"), String.valueOf(outcome.get("message")));
        assertEquals(before, admin().get("/api/v1/workplans/" + id).asString(), "nothing written");

        JsonPath lao = upload(admin(), id, file, "lo").then().statusCode(422).extract().jsonPath();
        assertTrue(lao.getString("detail").matches(".*\\p{InLao}.*"), lao.getString("detail"));
        for (Object message : lao.getList("errors.message")) {
            assertTrue(String.valueOf(message).matches("(?s).*\\p{InLao}.*"), String.valueOf(message));
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAClearMessage() {
        long id = workplan(swg(), 2024);
        upload(admin(), id, "title,quarters\nx,1".getBytes()).then().statusCode(422)
                .body("detail", containsString("not an Excel workbook"));
        upload(admin(), id, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}).then().statusCode(422)
                .body("detail", containsString(".xls"));
        upload(admin(), id, new byte[] {'P', 'K', 3, 4, 0, 0}).then().statusCode(422)
                .body("detail", containsString("not an Excel workbook"));
    }

    @Test
    void onlyADraftOrReturnedWorkplanTakesAnImport() throws IOException {
        long id = WorkplanFixtures.withActivity(swg(), 2024);
        admin().post("/api/v1/workplans/" + id + "/submit").then().statusCode(200);
        upload(admin(), id, workbook(List.of(List.of("1", "X", "", "", "Q1", "")), List.of())).then().statusCode(409);
    }

    @Test
    void viewersPartnersAndOtherSwgsAreRefused() throws IOException {
        String code = swg();
        long id = workplan(code, 2024);
        byte[] file = workbook(List.of(List.of("1", "X", "", "", "Q1", "")), List.of());
        upload(Api.as(Api.user("VIEWER")), id, file).then().statusCode(403);
        upload(Api.partner(String.valueOf(Api.partnerToken().get("token"))), id, file).then().statusCode(403);
        upload(Api.as(Api.user("SWG_SECRETARIAT", swg())), id, file).then().statusCode(403);
        assertEquals(0, admin().get("/api/v1/workplans/" + id).jsonPath().getList("activities").size());
        upload(Api.as(Api.user("SWG_SECRETARIAT", code)), id, file).then().statusCode(200);
    }

    static Response upload(io.restassured.specification.RequestSpecification as, long id, byte[] file) {
        return upload(as, id, file, "en");
    }

    static Response upload(io.restassured.specification.RequestSpecification as, long id, byte[] file, String lang) {
        return as.contentType(XLSX).body(file).post("/api/v1/workplans/" + id + "/import?lang=" + lang);
    }

    /** A workbook of the import's shape with these Activities and Budget rows (text cells). */
    static byte[] workbook(List<List<String>> activities, List<List<String>> budget) {
        Xlsx.Writer book = new Xlsx.Writer();
        Xlsx.SheetWriter a = book.sheet("Activities", WorkplanXlsx.ACTIVITY_COLUMNS);
        activities.forEach(row -> a.row(row.stream().map(v -> v.isEmpty() ? null : v).toArray()));
        Xlsx.SheetWriter b = book.sheet("Budget", WorkplanXlsx.BUDGET_COLUMNS);
        budget.forEach(row -> b.row(row.stream().map(v -> v.isEmpty() ? null : v).toArray()));
        return book.bytes();
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static List<String> texts(Row row, int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(Xlsx.text(row.getCell(i)));
        }
        return texts;
    }

    /** Every cell of the sheet as text, row by row. */
    static String allText(Sheet sheet) {
        assertNotNull(sheet);
        StringBuilder out = new StringBuilder();
        for (Row row : sheet) {
            out.append(row.getRowNum()).append(':').append(texts(row, Math.max(0, row.getLastCellNum()))).append('\n');
        }
        return out.toString();
    }
}

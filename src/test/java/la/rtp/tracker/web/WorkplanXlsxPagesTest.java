package la.rtp.tracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import la.rtp.tracker.common.Xlsx;
import la.rtp.tracker.support.Fixtures;
import la.rtp.tracker.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The workplan page's Excel downloads and upload form, in English and Lao. */
@QuarkusTest
class WorkplanXlsxPagesTest {

    @Test
    void downloadsAndAnUploadWhoseErrorsAreListedBySheetRowAndColumn() {
        long id = Fixtures.workplan(Fixtures.swg(), 2024);
        WebSession web = WebSession.admin();
        Document page = Jsoup.parse(web.get("/app/workplans/" + id).then().statusCode(200).extract().asString());
        assertEquals("/app/workplans/" + id + "/export.xlsx", page.selectFirst("#workplan-xlsx").attr("href"));
        assertTrue(page.selectFirst("#import-form") != null, "upload form on an editable workplan");
        web.get("/app/workplans/" + id + "/export.xlsx").then().statusCode(200).contentType(Xlsx.MEDIA_TYPE);
        web.get("/app/workplan-template.xlsx").then().statusCode(200).contentType(Xlsx.MEDIA_TYPE);

        Xlsx.Writer book = new Xlsx.Writer();
        book.sheet("Activities", List.of("Ref", "Title", "Description", "NSEDP outcomes", "Quarters",
                "Responsible organisation")).row("1", null, null, null, "Q9");
        book.sheet("Budget", List.of("Activity ref", "Source", "Funding organisation", "Currency", "Planned amount"));
        Response refused = upload(web, id, book.bytes());
        refused.then().statusCode(422).contentType(containsString("text/html"));
        Document errors = Jsoup.parse(refused.asString());
        List<String> cells = errors.select("#import-errors tbody td").eachText();
        assertTrue(cells.containsAll(List.of("Activities", "2", "B")), cells.toString());
        assertTrue(cells.contains("E"), cells.toString());

        upload(web, id, "not a workbook".getBytes()).then().statusCode(422)
                .body(containsString("not an Excel workbook"));
    }

    private static Response upload(WebSession web, long id, byte[] file) {
        return given().redirects().follow(false).cookies(web.cookies())
                .multiPart("file", "workplan.xlsx", file, Xlsx.MEDIA_TYPE).multiPart("csrf", web.csrf())
                .post("/app/workplans/" + id + "/import");
    }
}

package la.rtp.tracker.compliance;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import la.rtp.tracker.support.Api;
import org.junit.jupiter.api.Test;

/** A group name the secretariat typed as a spreadsheet formula reaches the CSV as text. */
@QuarkusTest
class ComplianceCsvInjectionTest {

    @Test
    void aFormulaInAGroupNameIsPrefixedAndQuoted() {
        String code = Api.unique("csvf").toLowerCase();
        String formula = "=cmd|' /C calc'!A0";
        admin().body(Map.of("code", code, "name", formula, "nameLo", "ກຸ່ມ", "leadMinistry", "Ministry of Health",
                "mandate", "Health financing")).post("/api/v1/swgs/health/sub-groups").then().statusCode(201);

        admin().accept("text/csv").get("/api/v1/compliance.csv?year=2035&asOf=2035-06-30&subGroups=true").then()
                .statusCode(200)
                .body(containsString("," + code + ",\"'=cmd|' /C calc'!A0\",RTP-1,"))
                .body(not(containsString("," + formula)));
    }
}

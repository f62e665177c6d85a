package la.rtp.tracker.reliability;

import static la.rtp.tracker.support.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every list of the contract refuses a page whose first row lies beyond any list, with a 400. */
@QuarkusTest
class PagingLimitsTest {

    private static List<OpenApiOperations.Op> lists() {
        List<OpenApiOperations.Op> lists = OpenApiOperations.load().stream()
                .filter(op -> op.method().equals("GET"))
                .filter(op -> op.in("query").stream().anyMatch(p -> p.name().equals("page")))
                .toList();
        assertThat("lists with a page parameter", lists.size(), greaterThanOrEqualTo(8));
        return lists;
    }

    @Test
    void hugePageIs400NamingPageOnEveryList() {
        for (OpenApiOperations.Op op : lists()) {
            for (String page : List.of("2147483647", "10737419", "50001")) {
                admin().queryParam("page", page).queryParam("size", 200).get(op.path()).then()
                        .statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo("page"));
            }
            admin().queryParam("page", 2147483647).get(op.path()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        }
    }

    @Test
    void negativeAndOversizedValuesAre400AndTheDeepestPageStillAnswers() {
        for (OpenApiOperations.Op op : lists()) {
            admin().queryParam("page", -1).get(op.path()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
            admin().queryParam("size", 2147483647).get(op.path()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
            admin().queryParam("size", -5).get(op.path()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
            admin().queryParam("page", 50000).queryParam("size", 200).get(op.path()).then().statusCode(200)
                    .body("items.size()", equalTo(0));
        }
    }
}

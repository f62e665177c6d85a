package la.rtp.tracker.workplan.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/** Amounts in the workplan pages, {@code {money:grouped(amount)}}: "120,000.00" in both languages; "–" when unknown. */
final class MoneyFormat {

    private MoneyFormat() {
    }

    @TemplateExtension(namespace = "money")
    static String grouped(BigDecimal amount) {
        return amount == null ? "–" : ActivityForm.grouped(amount);
    }
}

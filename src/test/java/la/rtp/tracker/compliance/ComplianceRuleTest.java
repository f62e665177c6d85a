package la.rtp.tracker.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComplianceRuleTest {

    @Test
    void idsAreRtp1ToRtp11AndOrderFollowsTheNumber() {
        List<GuidelineRule> shuffled = new ArrayList<>(ComplianceEngine.RULES);
        Collections.reverse(shuffled);
        List<String> ids = shuffled.stream()
                .sorted(Comparator.comparingInt(GuidelineRule::order))
                .map(GuidelineRule::id)
                .toList();
        assertEquals(List.of("RTP-1", "RTP-2", "RTP-3", "RTP-4", "RTP-5", "RTP-6", "RTP-7",
                "RTP-8", "RTP-9", "RTP-10", "RTP-11"), ids);
        assertEquals(ids, ComplianceEngine.RULES.stream().map(GuidelineRule::id).toList(),
                "the table is in report order");
        assertEquals(10, new GuidelineRule("RTP-10", new Rtp10ProvincialParticipation()).order());
    }

    @Test
    void namesAreThoseOfTheDomainDocumentInEnglishAndPresentInLao() {
        List<String> names = ComplianceEngine.RULES.stream().map(GuidelineRule::name).toList();
        assertEquals(List.of("Leadership", "Workplan submitted on time", "Workplan endorsed",
                "NSEDP alignment", "Quarterly meetings", "Non-state participation",
                "Minutes published", "Action follow-up", "NSEDP on the agenda",
                "Provincial participation", "Recommendations answered"), names);
        for (GuidelineRule rule : ComplianceEngine.RULES) {
            assertFalse(ComplianceMessages.ruleName(rule.id(), ComplianceMessages.LAO).isBlank(), rule.id());
        }
    }

    @Test
    void eachCheckHasItsOwnClassNamedAfterItsId() {
        for (GuidelineRule rule : ComplianceEngine.RULES) {
            String expected = "Rtp" + rule.order();
            assertEquals(expected, rule.check().getClass().getSimpleName().substring(0, expected.length()),
                    rule.id());
        }
        assertEquals(ComplianceEngine.RULES.size(),
                ComplianceEngine.RULES.stream().map(rule -> rule.check().getClass()).distinct().count());
    }
}

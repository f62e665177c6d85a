package la.rtp.tracker.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComplianceRuleTest {

    @Test
    void idsAreRtp1ToRtp10AndOrderFollowsTheNumber() {
        List<ComplianceRule> shuffled = new java.util.ArrayList<>(AllRules.list());
        java.util.Collections.reverse(shuffled);
        List<String> ids = shuffled.stream()
                .sorted(Comparator.comparingInt(ComplianceRule::order))
                .map(ComplianceRule::id)
                .toList();
        assertEquals(List.of("RTP-1", "RTP-2", "RTP-3", "RTP-4", "RTP-5", "RTP-6", "RTP-7",
                "RTP-8", "RTP-9", "RTP-10"), ids);
        assertEquals(10, new Rtp10ProvincialParticipation().order());
    }

    @Test
    void namesAreThoseOfRtpMdAndOfTheEnglishMessages() {
        List<String> names = AllRules.list().stream().map(ComplianceRule::name).toList();
        assertEquals(List.of("Leadership", "Workplan submitted on time", "Workplan endorsed",
                "NSEDP alignment", "Quarterly meetings", "Non-state participation",
                "Minutes published", "Action follow-up", "NSEDP on the agenda",
                "Provincial participation"), names);
        for (ComplianceRule rule : AllRules.list()) {
            assertEquals(rule.name(), ComplianceMessages.ruleName(rule.id(), Locale.ENGLISH));
            assertFalse(ComplianceMessages.ruleName(rule.id(), ComplianceMessages.LAO).isBlank());
            assertFalse(rule.guideline().isBlank(), rule.id());
        }
    }

    @Test
    void everyRuleIsAnApplicationScopedBeanWithANoArgConstructor() throws Exception {
        for (ComplianceRule rule : AllRules.list()) {
            Class<?> type = rule.getClass();
            assertTrue(type.isAnnotationPresent(ApplicationScoped.class), type.getName());
            assertEquals(0, type.getDeclaredConstructor().getParameterCount());
        }
    }
}

package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.member;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp1LeadershipTest {

    private final Rtp1Leadership rule = new Rtp1Leadership();
    private final LocalDate start = day(3, 1);
    private final LocalDate end = day(6, 30);

    private SwgYearSnapshot leadership(String chairType) {
        return snapshot().members(
                member(1, Role.CHAIR, chairType, start, end),
                member(2, Role.CO_CHAIR, "DEVELOPMENT_PARTNER", start, null),
                member(3, Role.SECRETARIAT, "GOVERNMENT", start, null)).build();
    }

    @Test
    void compliantWithGovernmentChairCoChairAndSecretariat() {
        Verdict verdict = rule.evaluate(leadership("GOVERNMENT"), day(4, 15));
        assertVerdict(verdict, Status.COMPLIANT, "rtp1.complete", day(4, 15));
        assertEquals(List.of("/api/v1/swgs/health/members?asOf=2025-04-15"), verdict.evidence());
    }

    @Test
    void chairWithoutOrganizationTypeIsNotAGovernmentChair() {
        assertVerdict(rule.evaluate(leadership(null), day(4, 15)),
                Status.NON_COMPLIANT, "rtp1.missing", day(4, 15), List.of(Role.CHAIR));
    }

    @Test
    void coChairOfAnotherOrganizationTypeIsNotADevelopmentPartnerCoChair() {
        for (String type : java.util.Arrays.asList("GOVERNMENT", "NGO", "PRIVATE_SECTOR", "NPA",
                "PROVINCIAL_AUTHORITY", "ACADEMIA", null)) {
            SwgYearSnapshot snapshot = snapshot().members(
                    member(1, Role.CHAIR, "GOVERNMENT", start, null),
                    member(2, Role.CO_CHAIR, type, start, null),
                    member(3, Role.SECRETARIAT, "GOVERNMENT", start, null)).build();
            Verdict verdict = rule.evaluate(snapshot, day(4, 15));
            assertVerdict(verdict, Status.NON_COMPLIANT, "rtp1.missing", day(4, 15), List.of(Role.CO_CHAIR));
            assertEquals("Missing on 15 Apr: development-partner co-chair",
                    ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
        }
    }

    @Test
    void aDevelopmentPartnerCoChairBesideAnotherCoChairFillsThePost() {
        SwgYearSnapshot snapshot = snapshot().members(
                member(1, Role.CHAIR, "GOVERNMENT", start, null),
                member(2, Role.CO_CHAIR, "NGO", start, null),
                member(4, Role.CO_CHAIR, "DEVELOPMENT_PARTNER", start, null),
                member(3, Role.SECRETARIAT, "NGO", start, null)).build();
        assertVerdict(rule.evaluate(snapshot, day(4, 15)), Status.COMPLIANT, "rtp1.complete", day(4, 15));
    }

    @Test
    void chairFromAnotherOrganizationTypeIsNotAGovernmentChair() {
        assertVerdict(rule.evaluate(leadership("DEVELOPMENT_PARTNER"), day(4, 15)),
                Status.NON_COMPLIANT, "rtp1.missing", day(4, 15), List.of(Role.CHAIR));
    }

    @Test
    void nobodyMeansEverythingMissing() {
        assertVerdict(rule.evaluate(snapshot().build(), day(4, 15)), Status.NON_COMPLIANT,
                "rtp1.missing", day(4, 15), List.of(Role.CHAIR, Role.CO_CHAIR, Role.SECRETARIAT));
    }

    @Test
    void ordinaryMembersDoNotLead() {
        SwgYearSnapshot snapshot = snapshot().members(
                member(1, Role.MEMBER, "GOVERNMENT", start, null),
                member(2, Role.CO_CHAIR, "DEVELOPMENT_PARTNER", start, null)).build();
        Verdict verdict = rule.evaluate(snapshot, day(4, 15));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp1.missing", day(4, 15),
                List.of(Role.CHAIR, Role.SECRETARIAT));
        assertEquals("Missing on 15 Apr: Government chair, secretariat member",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void activeFromTheStartDayIncluded() {
        assertEquals(Status.COMPLIANT, rule.evaluate(leadership("GOVERNMENT"), start).status());
        assertVerdict(rule.evaluate(leadership("GOVERNMENT"), start.minusDays(1)),
                Status.NON_COMPLIANT, "rtp1.missing", start.minusDays(1),
                List.of(Role.CHAIR, Role.CO_CHAIR, Role.SECRETARIAT));
    }

    @Test
    void activeUntilTheEndDayIncluded() {
        assertEquals(Status.COMPLIANT, rule.evaluate(leadership("GOVERNMENT"), end).status());
        assertVerdict(rule.evaluate(leadership("GOVERNMENT"), end.plusDays(1)),
                Status.NON_COMPLIANT, "rtp1.missing", end.plusDays(1), List.of(Role.CHAIR));
    }

    @Test
    void aSuccessorChairFillsThePost() {
        SwgYearSnapshot snapshot = snapshot().members(
                member(1, Role.CHAIR, "GOVERNMENT", start, end),
                member(4, Role.CHAIR, "GOVERNMENT", end.plusDays(1), null),
                member(2, Role.CO_CHAIR, "DEVELOPMENT_PARTNER", start, null),
                member(3, Role.SECRETARIAT, "GOVERNMENT", start, null)).build();
        assertEquals(Status.COMPLIANT, rule.evaluate(snapshot, end.plusDays(1)).status());
    }
}

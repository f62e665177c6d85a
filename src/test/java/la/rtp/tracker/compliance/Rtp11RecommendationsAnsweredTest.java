package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.assertVerdict;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.recommendation;
import static la.rtp.tracker.compliance.Snapshots.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class Rtp11RecommendationsAnsweredTest {

    private final Rtp11RecommendationsAnswered rule = new Rtp11RecommendationsAnswered();
    private final LocalDate held = day(3, 1);
    private final LocalDate published = day(3, 10);
    private final LocalDate due = published.plusDays(60);

    private SwgYearSnapshot answeredOn(LocalDate... days) {
        return snapshot().recommendations(recommendation(31, held, published, days)).build();
    }

    @Test
    void noRecommendationIsNotApplicable() {
        Verdict verdict = rule.evaluate(snapshot().build(), day(6, 1));
        assertVerdict(verdict, Status.NOT_APPLICABLE, "rtp11.none", Year.of(2025), day(6, 1));
        assertEquals(List.of(), verdict.evidence());
        assertEquals("No recommendation of an RTP meeting of 2025 addressed to the SWG with minutes published by 1 Jun",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void unpublishedMinutesAskNothingYet() {
        SwgYearSnapshot unpublished = snapshot().recommendations(recommendation(31, held, null)).build();
        assertVerdict(rule.evaluate(unpublished, LocalDate.of(2026, 6, 1)),
                Status.NOT_APPLICABLE, "rtp11.none", Year.of(2025), LocalDate.of(2026, 6, 1));
    }

    @Test
    void minutesPublishedAfterTheAsOfDateAreNotCountedYet() {
        assertEquals(Status.NOT_APPLICABLE, rule.evaluate(answeredOn(), published.minusDays(1)).status());
        Verdict verdict = rule.evaluate(answeredOn(), published);
        assertVerdict(verdict, Status.PENDING, "rtp11.pending", 1, List.of(due));
        assertEquals(List.of("/api/v1/recommendations/31"), verdict.evidence());
        assertEquals("1 recommendation not answered yet; due by 9 May (that day included)",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void unansweredOnTheDueDayIsStillInTime() {
        assertVerdict(rule.evaluate(answeredOn(), due), Status.PENDING, "rtp11.pending", 1, List.of(due));
    }

    @Test
    void unansweredTheDayAfterTheDueDayCounts() {
        Verdict verdict = rule.evaluate(answeredOn(), due.plusDays(1));
        assertVerdict(verdict, Status.NON_COMPLIANT, "rtp11.late", 1, List.of(due), 60);
        assertEquals(List.of("/api/v1/recommendations/31"), verdict.evidence());
        assertEquals("1 recommendation not answered within 60 days of the publication of the minutes (due 9 May)",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
    }

    @Test
    void answeredOnTheDueDayIsOnTime() {
        Verdict verdict = rule.evaluate(answeredOn(due), due);
        assertVerdict(verdict, Status.COMPLIANT, "rtp11.met", 1, 60);
        assertEquals(List.of("/api/v1/recommendations/31"), verdict.evidence());
        assertEquals("1 recommendation answered within 60 days of the publication of the minutes",
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH));
        assertVerdict(rule.evaluate(answeredOn(due), day(12, 31)), Status.COMPLIANT, "rtp11.met", 1, 60);
        assertVerdict(rule.evaluate(answeredOn(published), published), Status.COMPLIANT, "rtp11.met", 1, 60);
    }

    @Test
    void answeredTheDayAfterTheDueDayIsLate() {
        assertVerdict(rule.evaluate(answeredOn(due.plusDays(1)), due.plusDays(1)),
                Status.NON_COMPLIANT, "rtp11.late", 1, List.of(due), 60);
        assertVerdict(rule.evaluate(answeredOn(due.plusDays(1)), LocalDate.of(2026, 3, 1)),
                Status.NON_COMPLIANT, "rtp11.late", 1, List.of(due), 60);
    }

    @Test
    void anAnswerAfterTheAsOfDateHasNotHappenedYet() {
        assertVerdict(rule.evaluate(answeredOn(due.minusDays(5)), due.minusDays(10)),
                Status.PENDING, "rtp11.pending", 1, List.of(due));
        assertVerdict(rule.evaluate(answeredOn(due.plusDays(3)), due),
                Status.PENDING, "rtp11.pending", 1, List.of(due));
        assertVerdict(rule.evaluate(answeredOn(due.plusDays(3)), due.plusDays(1)),
                Status.NON_COMPLIANT, "rtp11.late", 1, List.of(due), 60);
    }

    @Test
    void theFirstAnswerCountsWhateverFollows() {
        // answers are append-only, listed in any order: a second answer does not move the first
        SwgYearSnapshot twice = answeredOn(due.plusDays(20), due.minusDays(10));
        assertVerdict(rule.evaluate(twice, due.plusDays(30)), Status.COMPLIANT, "rtp11.met", 1, 60);
        assertVerdict(rule.evaluate(twice, due.minusDays(10)), Status.COMPLIANT, "rtp11.met", 1, 60);
        assertVerdict(rule.evaluate(twice, due.minusDays(11)), Status.PENDING, "rtp11.pending", 1, List.of(due));
    }

    @Test
    void onlyRecommendationsOfMeetingsHeldInThePlanYearCount() {
        SwgYearSnapshot lastYear = snapshot().recommendations(
                recommendation(31, LocalDate.of(2024, 12, 10), LocalDate.of(2025, 1, 5))).build();
        assertEquals(Status.NOT_APPLICABLE, rule.evaluate(lastYear, day(12, 31)).status());
        // a December RTIM of Y is answered in Y + 1, and still judged in Y's report
        SwgYearSnapshot december = snapshot().recommendations(
                recommendation(32, day(12, 15), LocalDate.of(2026, 1, 10))).build();
        assertEquals(Status.NOT_APPLICABLE, rule.evaluate(december, day(12, 31)).status());
        assertVerdict(rule.evaluate(december, LocalDate.of(2026, 1, 10)),
                Status.PENDING, "rtp11.pending", 1, List.of(LocalDate.of(2026, 3, 11)));
        assertVerdict(rule.evaluate(december, LocalDate.of(2026, 3, 12)),
                Status.NON_COMPLIANT, "rtp11.late", 1, List.of(LocalDate.of(2026, 3, 11)), 60);
    }

    @Test
    void mixedRecommendationsFollowRtp7sShape() {
        RecommendationFact onTime = recommendation(31, held, published, published.plusDays(5));
        RecommendationFact waiting = recommendation(32, day(6, 1), day(6, 10));
        RecommendationFact late = recommendation(33, held, published);
        LocalDate asOf = day(6, 20);
        Verdict failing = rule.evaluate(snapshot().recommendations(waiting, late, onTime).build(), asOf);
        assertVerdict(failing, Status.NON_COMPLIANT, "rtp11.late", 1, List.of(due), 60);
        assertEquals(List.of("/api/v1/recommendations/33"), failing.evidence());

        Verdict met = rule.evaluate(snapshot().recommendations(waiting, onTime).build(), asOf);
        assertVerdict(met, Status.COMPLIANT, "rtp11.met", 1, 60);
        assertEquals(List.of("/api/v1/recommendations/31"), met.evidence(), "the waiting one is not evidence");

        Verdict pending = rule.evaluate(snapshot().recommendations(waiting).build(), asOf);
        assertVerdict(pending, Status.PENDING, "rtp11.pending", 1, List.of(day(8, 9)));

        RecommendationFact alsoLate = recommendation(34, day(2, 1), day(2, 3));
        Verdict twoLate = rule.evaluate(snapshot().recommendations(late, alsoLate, onTime).build(), asOf);
        assertVerdict(twoLate, Status.NON_COMPLIANT, "rtp11.late", 2, List.of(day(4, 4), due), 60);
        assertEquals(List.of("/api/v1/recommendations/34", "/api/v1/recommendations/33"), twoLate.evidence());
        assertEquals("2 recommendations not answered within 60 days of the publication of the minutes "
                + "(due 4 Apr, 9 May)", ComplianceMessages.format(twoLate.detail(), Locale.ENGLISH));
        assertEquals("ຂໍ້ສະເໜີ 2 ຂໍ້ ບໍ່ໄດ້ຕອບພາຍໃນ 60 ມື້ ນັບແຕ່ວັນເຜີຍແຜ່ບົດບັນທຶກກອງປະຊຸມ (ກຳນົດ 4 ເມສາ, 9 ພຶດສະພາ)",
                ComplianceMessages.format(twoLate.detail(), ComplianceMessages.LAO));
    }

    @Test
    void configuredNumberOfDaysIsUsed() {
        SwgYearSnapshot snapshot = snapshot().thresholds(new Thresholds(day(1, 31), day(3, 31), 14, 30))
                .recommendations(recommendation(31, held, published)).build();
        assertVerdict(rule.evaluate(snapshot, published.plusDays(30)),
                Status.PENDING, "rtp11.pending", 1, List.of(published.plusDays(30)));
        assertVerdict(rule.evaluate(snapshot, published.plusDays(31)),
                Status.NON_COMPLIANT, "rtp11.late", 1, List.of(published.plusDays(30)), 30);
    }
}

package la.rtp.tracker.compliance;

import static la.rtp.tracker.compliance.Snapshots.action;
import static la.rtp.tracker.compliance.Snapshots.activity;
import static la.rtp.tracker.compliance.Snapshots.attendee;
import static la.rtp.tracker.compliance.Snapshots.budget;
import static la.rtp.tracker.compliance.Snapshots.change;
import static la.rtp.tracker.compliance.Snapshots.day;
import static la.rtp.tracker.compliance.Snapshots.meeting;
import static la.rtp.tracker.compliance.Snapshots.member;
import static la.rtp.tracker.compliance.Snapshots.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Three SWGs of plan year 2025 as of 15 July, evaluated by the real rules the way the report
 * service does: a model SWG, a struggling one and one whose user-entered texts are hostile
 * (script tags, quotes, commas and a line break), to check escaping in HTML and quoting in CSV.
 */
final class ReportFixtures {

    static final LocalDate AS_OF = day(7, 15);
    static final String HOSTILE_NAME = "<script>alert(1)</script> & \"Co\"";
    static final String HOSTILE_TITLE = "Survey, \"phase 2\"\n<script>alert(1)</script>";
    static final String HOSTILE_EVIDENCE = "javascript:alert(1)";
    static final String SECRETARIAT =
            "Department of International Cooperation, Ministry of Planning and Investment";

    private ReportFixtures() {
    }

    static ComplianceReport report() {
        return new ComplianceReport(2025, AS_OF, List.of(
                entry("health", "Health", "ສາທາລະນະສຸກ", model()),
                entry("education", "Education", "ສຶກສາ", Scenarios.struggling()),
                withHostileEvidence(entry("hostile", HOSTILE_NAME, "", hostile()))));
    }

    /**
     * The renderers must show every status, and a year without meetings is NOT_APPLICABLE for
     * RTP-7 only once it has ended: the hostile SWG's RTP-7 cell is the rule's verdict as of the
     * next 1 January (the other cells are as of {@link #AS_OF}).
     */
    private static ComplianceReport.RuleResult notApplicableRtp7(SwgYearSnapshot snapshot) {
        Verdict verdict = new Rtp7MinutesPublished().evaluate(snapshot, LocalDate.of(snapshot.year() + 1, 1, 1));
        return new ComplianceReport.RuleResult("RTP-7", "Minutes published", verdict.status(),
                ComplianceMessages.format(verdict.detail(), Locale.ENGLISH), verdict.evidence(), verdict.detail());
    }

    /**
     * RTP-1 of the SWG also cites a {@code javascript:} URL, which must never become a link; its
     * RTP-7 is not applicable (see {@link #notApplicableRtp7}).
     */
    private static ComplianceReport.SwgEntry withHostileEvidence(ComplianceReport.SwgEntry entry) {
        List<ComplianceReport.RuleResult> rules = new java.util.ArrayList<>(entry.rules());
        rules.set(6, notApplicableRtp7(hostile()));
        ComplianceReport.RuleResult first = rules.get(0);
        List<String> evidence = new java.util.ArrayList<>(first.evidence());
        evidence.add(HOSTILE_EVIDENCE);
        rules.set(0, new ComplianceReport.RuleResult(first.rule(), first.name(), first.status(),
                first.detail(), evidence, first.message()));
        return new ComplianceReport.SwgEntry(entry.code(), entry.name(), entry.nameLo(), rules,
                entry.figures());
    }

    /** What the report service does for one SWG: every rule, details in English plus the key. */
    static ComplianceReport.SwgEntry entry(String code, String name, String nameLo,
            SwgYearSnapshot fixture) {
        // The Snapshots builder always says "health"; evidence links must name this SWG.
        SwgYearSnapshot snapshot = new SwgYearSnapshot(code, name, fixture.cadence(), fixture.year(),
                fixture.thresholds(), fixture.memberships(), fixture.workplan(), fixture.meetings(),
                fixture.actionItems(), fixture.recommendations());
        List<ComplianceReport.RuleResult> rules = ComplianceEngine.RULES.stream().map(rule -> {
            Verdict verdict = rule.evaluate(snapshot, AS_OF);
            return new ComplianceReport.RuleResult(rule.id(), rule.name(), verdict.status(),
                    ComplianceMessages.format(verdict.detail(), Locale.ENGLISH), verdict.evidence(),
                    verdict.detail());
        }).toList();
        return new ComplianceReport.SwgEntry(code, name, nameLo, rules,
                FiguresCalculator.compute(snapshot, AS_OF));
    }

    /** Leadership, an endorsed workplan with a budget, meetings in Q1 and Q2 with women and NGOs. */
    static SwgYearSnapshot model() {
        return snapshot()
                .members(member(1, Role.CHAIR, "GOVERNMENT", day(1, 1), null),
                        member(2, Role.CO_CHAIR, "DEVELOPMENT_PARTNER", day(1, 1), null),
                        member(3, Role.SECRETARIAT, "GOVERNMENT", day(1, 1), null))
                .workplan(new WorkplanFact(7, List.of(change("SUBMITTED", day(1, 20)),
                        change("ENDORSED", day(3, 1))), List.of(activity(1, "Survey", 2)),
                        List.of(budget("GOVERNMENT", "10000", "8000"), budget("ODA_GRANT", "30000", "12000"),
                                budget("ODA_GRANT", "2500.50", null))))
                .meetings(meeting(11, day(2, 25)).agenda(1).published(day(2, 27))
                        .attendees(attendee("FEMALE", "NGO"), attendee("MALE", "PROVINCIAL_AUTHORITY"),
                                attendee("FEMALE", "GOVERNMENT")),
                        meeting(12, day(5, 10)).agenda(1).published(day(5, 12))
                                .attendees(attendee("MALE", "NGO"), attendee("MALE", null)))
                .actions(action(21, day(6, 1), change("OPEN", day(2, 25)), change("DONE", day(5, 1))),
                        action(22, day(12, 1), change("OPEN", day(5, 10))))
                .build();
    }

    /** No meeting at all (RTP-7 is N/A once the year has ended), and an unlinked activity whose title is hostile. */
    static SwgYearSnapshot hostile() {
        return snapshot()
                .workplan(new WorkplanFact(9, List.of(change("SUBMITTED", day(1, 31))),
                        List.of(activity(1, HOSTILE_TITLE, 0)), List.of()))
                .build();
    }

    static ProgressReport progress() {
        ComplianceReport report = report();
        ProgressReport.SwgProgress health = new ProgressReport.SwgProgress("health", "Health",
                "ສາທາລະນະສຸກ", "Ministry of Health", "Sector-wide dialogue on health financing",
                List.of(new ProgressReport.Leader("Ministry of Health", "Dr. Bounmy", day(1, 1))),
                List.of(new ProgressReport.Leader("WHO", null, day(1, 1)),
                        new ProgressReport.Leader("Embassy of Japan", "Ms. Sato", null)),
                new ProgressReport.WorkplanSummary(7, "ENDORSED", day(1, 20), day(3, 1), List.of(
                        new ProgressReport.ActivitySummary("Survey", List.of(1, 3), List.of(1, 2),
                                "Lao Statistics Bureau", new BigDecimal("12500"), new BigDecimal("4000.4"), null, null,
                                "ON_TRACK", 2, "Field work done", null),
                        new ProgressReport.ActivitySummary("Training", List.of(), List.of(3), null,
                                new BigDecimal("30000.50"), null, null, null, null, null, null, null))),
                List.of(new ProgressReport.MeetingSummary(11, day(2, 25), "Q1 meeting", "REGULAR", "HELD",
                                3, 2, true),
                        new ProgressReport.MeetingSummary(12, day(5, 10), "Q2 meeting", "REGULAR", "HELD",
                                2, 0, false)),
                List.of(new ProgressReport.ActionSummary(22, "Draft costing note", "WHO", day(6, 30),
                                "OPEN", true),
                        new ProgressReport.ActionSummary(23, "Share data", null, day(12, 1), "IN_PROGRESS",
                                false)),
                report.swgs().get(0));
        ProgressReport.SwgProgress education = new ProgressReport.SwgProgress("education", "Education",
                "ສຶກສາ", null, null, List.of(), List.of(), null, List.of(), List.of(), report.swgs().get(1));
        ProgressReport.SwgProgress hostile = new ProgressReport.SwgProgress("hostile", HOSTILE_NAME, null,
                HOSTILE_NAME, HOSTILE_TITLE, List.of(), List.of(), null, List.of(), List.of(),
                report.swgs().get(2));
        return new ProgressReport(2025, AS_OF, List.of(health, education, hostile));
    }
}

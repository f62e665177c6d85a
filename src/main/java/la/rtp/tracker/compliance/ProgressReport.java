package la.rtp.tracker.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The consolidated SWG progress report that DIC compiles for the annual Round Table
 * Implementation Meeting: per SWG its leadership, mandate, workplan, meetings, open actions and
 * compliance summary.
 */
public record ProgressReport(int year, LocalDate asOf, List<SwgProgress> swgs) {

    public record SwgProgress(String code, String name, String nameLo, String leadMinistry, String mandate,
            List<Leader> chairs, List<Leader> coChairs, WorkplanSummary workplan, List<MeetingSummary> meetings,
            List<ActionSummary> openActions, ComplianceReport.SwgEntry compliance) {
    }

    /** A chair or co-chair post: the organisation and, when named, its representative. */
    public record Leader(String organization, String person, LocalDate since) {
    }

    /** Null in {@link SwgProgress} when the SWG has no workplan for the year. */
    public record WorkplanSummary(long id, String status, LocalDate submittedOn, LocalDate endorsedOn,
            List<ActivitySummary> activities) {
    }

    public record ActivitySummary(String title, List<Integer> nsedpOutcomes, List<Integer> quarters,
            String responsibleOrganization, BigDecimal plannedUsd, BigDecimal disbursedUsd) {
    }

    public record MeetingSummary(long id, LocalDate date, String title, String kind, String status, int attendees,
            int women, boolean minutesPublished) {
    }

    public record ActionSummary(long id, String description, String owner, LocalDate dueDate, String status,
            boolean overdue) {
    }
}

package la.rtp.tracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One SWG's quarterly progress report as of a date: its leaders, each activity's status and
 * narrative for the quarter (and the earlier quarters' statuses), money planned and disbursed in
 * both currencies at the plan year's rate, the quarter's meetings and the open actions. A plain
 * record so that the HTML page, the JSON and documents render the same thing.
 */
public record SwgProgressReport(String code, String nameEn, String nameLo, int year, int quarter,
        LocalDate quarterStart, LocalDate quarterEnd, LocalDate asOf, List<Leader> leaders, Rate rate,
        Long workplanId, String workplanStatus, List<Activity> activities, Amounts total, List<Funding> bySource,
        List<Funding> byFunder, List<Meeting> meetings, List<Action> actions) {

    /** A chair ({@code CHAIR}) or co-chair ({@code CO_CHAIR}) post in force on the report date. */
    public record Leader(String role, String organization, String person, LocalDate since) {
    }

    /** The plan year's rate; {@code text} says it the way the report prints it. */
    public record Rate(int year, BigDecimal lakPerUsd, String setBy, String text) {
    }

    /**
     * Money in both currencies: planned, disbursed in the report's quarter, and disbursed in the
     * year up to the report date. An amount in the other currency is null while no rate is set.
     */
    public record Amounts(BigDecimal plannedUsd, BigDecimal plannedLak, BigDecimal quarterUsd, BigDecimal quarterLak,
            BigDecimal cumulativeUsd, BigDecimal cumulativeLak) {
    }

    /** An activity's status in a quarter as last reported by the report date. */
    public record QuarterStatus(int quarter, String status, LocalDate reportedOn) {
    }

    /**
     * An activity with its status and narrative for the report's quarter (status null: not
     * reported yet) and the earlier quarters' statuses.
     */
    public record Activity(long id, String title, List<Integer> quarters, String status, LocalDate reportedOn,
            String narrativeEn, String narrativeLo, List<QuarterStatus> earlierQuarters, Amounts money) {

        /** The narrative in the reader's language, else the other one. */
        public String narrative(String lang) {
            String own = "lo".equals(lang) ? narrativeLo : narrativeEn;
            return own != null && !own.isBlank() ? own : "lo".equals(lang) ? narrativeEn : narrativeLo;
        }
    }

    /** Money of one funding source ({@code key} GOVERNMENT, ODA_GRANT...) or funding organisation (its name). */
    public record Funding(String key, Amounts money) {
    }

    public record Meeting(long id, LocalDate date, String title, String kind, String status) {
    }

    public record Action(long id, String description, String owner, LocalDate dueDate, String status,
            boolean overdue) {
    }
}

package la.rtp.tracker.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The consolidated SWG progress report that DIC compiles for the annual Round Table
 * Implementation Meeting: per SWG its leadership, mandate, workplan, meetings, open actions and
 * compliance summary, and the recommendations of RTP-level meetings addressed to it.
 */
public record ProgressReport(int year, LocalDate asOf, List<SwgProgress> swgs, BigDecimal lakPerUsd) {

    /** A report of a year without an exchange rate (amounts in kip not converted). */
    public ProgressReport(int year, LocalDate asOf, List<SwgProgress> swgs) {
        this(year, asOf, swgs, null);
    }

    public record SwgProgress(String code, String name, String nameLo, String leadMinistry, String mandate,
            List<Leader> chairs, List<Leader> coChairs, WorkplanSummary workplan, List<MeetingSummary> meetings,
            List<ActionSummary> openActions, ComplianceReport.SwgEntry compliance,
            List<Recommendation> recommendations, Narrative narrative) {

        /** Without recommendations: they are loaded elsewhere and added by {@link ProgressReport#withRecommendations}. */
        public SwgProgress(String code, String name, String nameLo, String leadMinistry, String mandate,
                List<Leader> chairs, List<Leader> coChairs, WorkplanSummary workplan, List<MeetingSummary> meetings,
                List<ActionSummary> openActions, ComplianceReport.SwgEntry compliance) {
            this(code, name, nameLo, leadMinistry, mandate, chairs, coChairs, workplan, meetings, openActions,
                    compliance, List.of(), null);
        }

        /** False when {@code recommendations} is null: the caller may not see this SWG's. */
        public boolean recommendationsShown() {
            return recommendations != null;
        }
    }

    /**
     * The report with each SWG's recommendations, by SWG code: an SWG missing from the map has
     * none, one mapped to null is not shown to the reader. The compliance rules do not read the
     * follow-up of recommendations beyond RTP-11, so the caller loads it and passes it in as
     * plain values.
     */
    public ProgressReport withRecommendations(Map<String, List<Recommendation>> bySwg) {
        return new ProgressReport(year, asOf, swgs.stream().map(s -> {
            List<Recommendation> list = bySwg.containsKey(s.code()) ? bySwg.get(s.code()) : List.of();
            return new SwgProgress(s.code(), s.name(), s.nameLo(), s.leadMinistry(), s.mandate(), s.chairs(),
                    s.coChairs(), s.workplan(), s.meetings(), s.openActions(), s.compliance(),
                    list == null ? null : List.copyOf(list), s.narrative());
        }).toList(), lakPerUsd);
    }

    /**
     * The report with each SWG's accepted narrative as of the report date, by SWG code (absent: no
     * accepted narrative). Loaded by the caller from the narratives and passed in as plain values,
     * like the recommendations.
     */
    public ProgressReport withNarratives(Map<String, Narrative> bySwg) {
        return new ProgressReport(year, asOf, swgs.stream().map(s -> new SwgProgress(s.code(), s.name(), s.nameLo(),
                s.leadMinistry(), s.mandate(), s.chairs(), s.coChairs(), s.workplan(), s.meetings(), s.openActions(),
                s.compliance(), s.recommendations(), bySwg.get(s.code()))).toList(), lakPerUsd);
    }

    /** An SWG's narrative as accepted on {@code acceptedOn}: the five sections in report order. */
    public record Narrative(LocalDate acceptedOn, List<Section> sections) {
    }

    /** One narrative section ({@code key} names it, e.g. {@code achievements}) in English and Lao. */
    public record Section(String key, String en, String lo) {

        /** The text in the report language when there is one, else the other language's. */
        public String text(String lang) {
            return inLanguage(lang) ? ("lo".equals(lang) ? lo : en) : ("lo".equals(lang) ? en : lo);
        }

        /** Whether the text shown is in the other language (the report then says so). */
        public boolean otherLanguage(String lang) {
            return !inLanguage(lang) && !empty();
        }

        public boolean empty() {
            return blank(en) && blank(lo);
        }

        private boolean inLanguage(String lang) {
            return !blank("lo".equals(lang) ? lo : en);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** A chair or co-chair post: the organisation and, when named, its representative. */
    public record Leader(String organization, String person, LocalDate since) {
    }

    /** Null in {@link SwgProgress} when the SWG has no workplan for the year. */
    public record WorkplanSummary(long id, String status, LocalDate submittedOn, LocalDate endorsedOn,
            List<ActivitySummary> activities) {
    }

    /**
     * An activity with its money in both currencies (kip null without the year's rate) and its latest
     * status as of the report date: that of the last quarter reported, null when none was.
     */
    public record ActivitySummary(String title, List<Integer> nsedpOutcomes, List<Integer> quarters,
            String responsibleOrganization, BigDecimal plannedUsd, BigDecimal disbursedUsd, BigDecimal plannedLak,
            BigDecimal disbursedLak, String status, Integer statusQuarter, String narrativeEn, String narrativeLo) {

        /** The status narrative in the report language when written in it, else the other one's. */
        public String narrative(String lang) {
            String wanted = "lo".equals(lang) ? narrativeLo : narrativeEn;
            return wanted != null && !wanted.isBlank() ? wanted : "lo".equals(lang) ? narrativeEn : narrativeLo;
        }
    }

    public record MeetingSummary(long id, LocalDate date, String title, String kind, String status, int attendees,
            int women, boolean minutesPublished) {
    }

    public record ActionSummary(long id, String description, String owner, LocalDate dueDate, String status,
            boolean overdue) {
    }

    /**
     * A recommendation of an RTP-level meeting addressed to the SWG, as of the report date:
     * {@code status} OPEN, IN_PROGRESS, NOT_ACCEPTED or DONE; {@code decision} (ACCEPTED or
     * NOT_ACCEPTED), {@code reason} and {@code respondedOn} are those of the answer in force, null
     * when the SWG has not answered.
     */
    public record Recommendation(long id, String meeting, LocalDate meetingDate, String textEn, String textLo,
            LocalDate dueDate, String status, String decision, String reason, LocalDate respondedOn) {

        /** The Lao text in Lao when there is one, else the English one. */
        public String text(String lang) {
            return "lo".equals(lang) && textLo != null && !textLo.isBlank() ? textLo : textEn;
        }
    }
}

package la.rtp.tracker.compliance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the HTML reports, {@code {msg:...}} in templates, and of the Word documents. Texts live in
 * {@code messages/report.properties} (English, the default) and {@code messages/report_lo.properties};
 * the build fails when a template uses a key that is missing. Codes stored as strings
 * (organisation types, funding sources, statuses) are named with a Qute {@code #when}, with the
 * code itself as the fallback so that a new code shows rather than disappears.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    // @formatter:off
    @Message String compliance_title();
    @Message String swg_title(String name);
    @Message String progress_title();
    @Message String plan_year(int year);
    @Message String as_of(String date);
    @Message String secretariat(String name);
    @Message String swg();
    @Message String rule();
    @Message String status(Status status);
    @Message String state();
    @Message String detail();
    @Message String evidence();
    @Message String none();
    @Message String total();
    @Message String legend();
    @Message String matrix_hint();
    @Message String all_swgs();
    @Message String figures();
    @Message String meetings_participation();
    @Message String meetings_per_quarter();
    @Message String attendees();
    @Message String women();
    @Message String women_share();
    @Message String by_org_type();
    @Message String open_actions();
    @Message String overdue_actions();
    @Message String budget_by_source();
    @Message String source();
    @Message String planned();
    @Message String disbursed();
    @Message String disbursement_rate();
    @Message String no_budget();
    @Message String quarter(String code);
    @Message String org_type(String type);
    @Message String budget_source(String source);
    @Message String leadership();
    @Message String chairs();
    @Message String co_chairs();
    @Message String lead_ministry();
    @Message String since(java.time.LocalDate date);
    @Message String mandate();
    @Message String workplan();
    @Message String workplan_status(String status);
    @Message String activity_status();
    @Message String progress_status(String status, Integer quarter);
    @Message String planned_lak();
    @Message String disbursed_lak();
    @Message String rate_used(String rate);
    @Message String no_rate();
    @Message String submitted_on();
    @Message String endorsed_on();
    @Message String no_workplan(int year);
    @Message String activity();
    @Message String nsedp_outcomes();
    @Message String quarters();
    @Message String responsible();
    @Message String meetings_held();
    @Message String date();
    @Message String kind();
    @Message String title();
    @Message String meeting_kind(String kind);
    @Message String meeting_status(String status);
    @Message String minutes_published();
    @Message String yes();
    @Message String no();
    @Message String no_meetings();
    @Message String action();
    @Message String owner();
    @Message String due_date();
    @Message String action_status(String status);
    @Message String overdue();
    @Message String no_open_actions();
    @Message String compliance_summary();
    @Message String non_compliant_rules();
    @Message String no_non_compliant();
    @Message String recommendations_title();
    @Message String recommendations_to_swg();
    @Message String no_recommendations_to_swg();
    @Message String recommendations_not_shown();
    @Message String no_recommendations(int year);
    @Message String recommendation();
    @Message String recommendation_status(String status);
    @Message String decision(String decision);
    @Message String response();
    @Message String no_response();
    @Message String linked_actions();
    @Message String no_linked_actions();
    @Message String addressed_swg();
    @Message String agenda_item();
    @Message String segment(String swg);
    @Message String recommended_by(String organization);
    @Message String totals_by_status();
    @Message String no_addressee();
    @Message String narrative();
    @Message String narrative_section(String key);
    @Message String narrative_accepted_on(java.time.LocalDate date);
    @Message String narrative_other_language();
    @Message String no_narrative();
    @Message String rule_names();
    @Message String download_word();
    @Message String download_word_hint();
    // @formatter:on
}

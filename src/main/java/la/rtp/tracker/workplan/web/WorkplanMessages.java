package la.rtp.tracker.workplan.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the workplan editor, {@code {workplan:...}} in templates:
 * {@code messages/workplan.properties} (English, the default) and
 * {@code messages/workplan_lo.properties}.
 */
@MessageBundle(value = "workplan", locale = "en")
public interface WorkplanMessages {

    // @formatter:off
    @Message String editor_title(String swg, int year);
    @Message String workplan();
    @Message String status_label();
    @Message String status(String status);
    @Message String source(String source);
    @Message String deadline();
    @Message String submitted_on();
    @Message String endorsed_on();
    @Message String returned_reason();
    @Message String history();
    @Message String date();
    @Message String change();
    @Message String by();
    @Message String reason();
    @Message String created();
    @Message String activities();
    @Message String no_activities();
    @Message String title();
    @Message String description();
    @Message String nsedp_outcomes();
    @Message String no_plan(int year);
    @Message String quarters();
    @Message String quarter(int q);
    @Message String responsible();
    @Message String none_selected();
    @Message String budget();
    @Message String budget_hint();
    @Message String planned();
    @Message String disbursed();
    @Message String funding_source();
    @Message String total();
    @Message String actions();
    @Message String edit();
    @Message String view();
    @Message String remove();
    @Message String remove_confirm();
    @Message String totals();
    @Message String totals_hint();
    @Message String add_activity();
    @Message String add();
    @Message String edit_activity();
    @Message String save_changes();
    @Message String back_to_workplan();
    @Message String report_disbursements();
    @Message String disbursements_hint();
    @Message String save_disbursements();
    @Message String submit();
    @Message String submit_confirm();
    @Message String submitted_on_hint();
    @Message String decision();
    @Message String return_workplan();
    @Message String endorse();
    @Message String endorsed_on_field();
    @Message String read_only();
    @Message String not_a_number();
    @Message String not_a_date();
    @Message String not_a_year();
    @Message String not_a_choice();
    @Message String unknown_funder(String name);
    @Message String create_title();
    @Message String year();
    @Message String create();
    @Message String back_to_swg();
    @Message String funder();
    @Message String currency();
    @Message String remove_line();
    @Message String progress();
    @Message String no_progress();
    @Message String progress_status(String status);
    @Message String quarter_field();
    @Message String narrative_en();
    @Message String narrative_lo();
    @Message String narrative();
    @Message String report_progress();
    @Message String progress_history();
    @Message String disbursements();
    @Message String no_lines();
    @Message String line_totals();
    @Message String line();
    @Message String quarter_of_date();
    @Message String amount();
    @Message String disbursed_on();
    @Message String note();
    @Message String record_disbursement();
    @Message String disbursement_list();
    @Message String withdrawn_on(String on);
    @Message String withdraw();
    @Message String withdraw_confirm();
    @Message String rate_used(String rate);
    @Message String no_rate(int year);
    @Message String exchange_rates();
    @Message String rates_hint();
    @Message String no_rates();
    @Message String lak_per_usd();
    @Message String set_rate();
    @Message String updated();
    @Message String done(String what);
    // @formatter:on
}

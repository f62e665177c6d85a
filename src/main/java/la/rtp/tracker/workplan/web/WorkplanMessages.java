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
    @Message String create_title();
    @Message String year();
    @Message String create();
    @Message String back_to_swg();
    @Message String done(String what);
    // @formatter:on
}

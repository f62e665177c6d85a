package la.rtp.tracker.workplan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the workplan workbook: its README sheet (written in both languages at once) and
 * the import's error messages, {@code messages/workplanxlsx.properties} (English, the default)
 * and {@code messages/workplanxlsx_lo.properties}.
 */
@MessageBundle(value = "workplanxlsx", locale = "en")
public interface WorkplanXlsxMessages {

    // @formatter:off
    @Message String readme_title(String swg, int year);
    @Message String template_title();
    @Message String readme_template();
    @Message String readme_import();
    @Message String readme_progress();
    @Message String readme_sheet();
    @Message String readme_column();
    @Message String readme_meaning();
    @Message String col_activities_ref();
    @Message String col_activities_title();
    @Message String col_activities_description();
    @Message String col_activities_outcomes();
    @Message String col_activities_quarters();
    @Message String col_activities_organization();
    @Message String col_budget_ref();
    @Message String col_budget_source();
    @Message String col_budget_funder();
    @Message String col_budget_currency();
    @Message String col_budget_planned();
    @Message String col_progress_ref();
    @Message String col_progress_quarter();
    @Message String col_progress_status();
    @Message String col_progress_narrative_en();
    @Message String col_progress_narrative_lo();
    @Message String col_progress_reported_on();
    @Message String err_title();
    @Message String err_count(int count);
    @Message String err_not_workbook();
    @Message String err_old_format();
    @Message String err_empty();
    @Message String err_too_large(int megabytes);
    @Message String err_too_many_rows(String sheet, int max);
    @Message String err_sheet_missing(String sheet);
    @Message String err_required();
    @Message String err_ref_duplicate(String ref);
    @Message String err_ref_unknown(String ref);
    @Message String err_numbers(String value);
    @Message String err_quarters(String value);
    @Message String err_source(String value, String sources);
    @Message String err_currency(String value);
    @Message String err_amount(String value);
    @Message String err_organization(String name);
    @Message String err_kept(String title);
    @Message String err_rule(String detail);
    @Message String err_title_rule(String detail);
    @Message String err_outcomes_rule(String detail);
    @Message String err_quarters_rule(String detail);
    @Message String err_amount_rule(String detail);
    @Message String err_currency_rule(String detail);
    @Message String err_too_many_lines(String detail);
    @Message String err_not_editable(String status);
    @Message String excel();
    @Message String download_excel();
    @Message String download_template();
    @Message String import_title();
    @Message String import_hint();
    @Message String import_file();
    @Message String import_submit();
    @Message String import_confirm();
    @Message String error_sheet();
    @Message String error_row();
    @Message String error_column();
    @Message String error_message();
    @Message String back(String swg, int year);
    // @formatter:on
}

package la.rtp.tracker.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * Words of the home page, the SWG page and the users pages, {@code {home:...}} in templates.
 * Texts live in {@code messages/home.properties} (English) and {@code messages/home_lo.properties}.
 * Status and kind names come from the reports' bundle ({@code msg:workplan_status} and friends).
 */
@MessageBundle(value = "home", locale = "en")
public interface HomeMessages {

    // @formatter:off
    @Message String title();
    @Message String today(LocalDate date);
    @Message String quarter_year(int quarter, int year);
    @Message String all_swgs();
    @Message String my_swgs();
    @Message String workplan_of(int year);
    @Message String deadline(LocalDate date);
    @Message String deadline_label();
    @Message String meetings_in(int quarter, int year);
    @Message String no_meeting(int quarter);
    @Message String overdue_actions();
    @Message String due(LocalDate date);
    @Message String no_overdue();
    @Message String matrix_title(int year);
    @Message String as_of(LocalDate date);
    @Message String printable();
    @Message String leaders();
    @Message String chairs();
    @Message String co_chairs();
    @Message String secretariat();
    @Message String term(LocalDate start, LocalDate end);
    @Message String since(LocalDate start);
    @Message String none_recorded();
    @Message String workplans();
    @Message String year();
    @Message String no_workplans();
    @Message String new_workplan();
    @Message String meetings();
    @Message String meeting();
    @Message String schedule_meeting();
    @Message String no_meetings();
    @Message String action_items();
    @Message String no_actions();
    @Message String new_user();
    @Message String user_list();
    @Message String user_created(String username);
    @Message String user_deactivated();
    @Message String username_hint();
    @Message String display_name();
    @Message String password_hint();
    @Message String role();
    @Message String choose();
    @Message String choose_role();
    @Message String username_taken();
    @Message String user_swgs();
    @Message String user_swgs_hint();
    @Message String create_user();
    @Message String filter();
    @Message String search();
    @Message String users_shown(long from, long to, long total);
    @Message String previous_page();
    @Message String next_page();
    @Message String actions();
    @Message String active();
    @Message String inactive();
    @Message String deactivate();
    @Message String confirm_deactivate(String username);
    @Message String cycle_title(int year);
    @Message String cycle_intro();
    @Message String cycle_none(int year);
    @Message String cycle_swgs(int count);
    @Message String cycle_register();
    @Message String cycle_report();
    // @formatter:on
}

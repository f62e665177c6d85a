package la.rtp.tracker.meeting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * The words of the meeting pages, {@code {meeting:...}} in templates: scheduling, agenda, attendance,
 * minutes and action items. Texts live in {@code messages/meeting.properties} (English, the default)
 * and {@code messages/meeting_lo.properties}. Codes are named with {@code #when}, the code as fallback.
 */
@MessageBundle(value = "meeting", locale = "en")
public interface MeetingMessages {

    // @formatter:off
    @Message String schedule_title();
    @Message String schedule();
    @Message String title();
    @Message String kind_label();
    @Message String kind(String kind);
    @Message String status_label();
    @Message String status(String status);
    @Message String date();
    @Message String date_hint();
    @Message String start_time();
    @Message String end_time();
    @Message String time_hint();
    @Message String venue();
    @Message String when();
    @Message String reason();
    @Message String saved(String what);
    @Message String warnings();
    @Message String mark_held();
    @Message String cancel_meeting();
    @Message String cancel_confirm();
    @Message String agenda();
    @Message String agenda_empty();
    @Message String agenda_title();
    @Message String presenter();
    @Message String nsedp_outcomes();
    @Message String nsedp_short();
    @Message String add_agenda_item();
    @Message String attendance();
    @Message String summary();
    @Message String total();
    @Message String women();
    @Message String org_type(String type);
    @Message String added(String name);
    @Message String search_directory();
    @Message String search_label();
    @Message String search();
    @Message String results_for(String q);
    @Message String no_results(String q);
    @Message String already_attending();
    @Message String add();
    @Message String walk_in_title();
    @Message String walk_in();
    @Message String full_name();
    @Message String gender_label();
    @Message String gender(String gender);
    @Message String organization();
    @Message String choose();
    @Message String add_walk_in();
    @Message String attendees_empty();
    @Message String remove();
    @Message String remove_name(String name);
    @Message String minutes();
    @Message String minutes_none();
    @Message String minutes_draft();
    @Message String minutes_published(LocalDate date);
    @Message String minutes_body();
    @Message String markdown_hint();
    @Message String minutes_language();
    @Message String language_en();
    @Message String language_lo();
    @Message String preview();
    @Message String preview_title();
    @Message String preview_not_saved();
    @Message String save_minutes();
    @Message String publish();
    @Message String publish_confirm();
    @Message String action_items();
    @Message String actions_empty();
    @Message String description();
    @Message String owner();
    @Message String owner_organization();
    @Message String owner_person();
    @Message String nobody();
    @Message String due_date();
    @Message String overdue();
    @Message String action_status(String status);
    @Message String new_status();
    @Message String change();
    @Message String add_action();
    /** An RTP-level meeting's organiser line, with the codes of the SWGs taking part. */
    @Message String rtp_organiser(String swgs);
    // @formatter:on
}

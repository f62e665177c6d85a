package la.rtp.tracker.recommendation.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * The words of the recommendation pages and of the meeting page's outcomes, {@code {recommendation:...}}
 * in templates. Texts live in {@code messages/recommendation.properties} (English, the default) and
 * {@code messages/recommendation_lo.properties}. Codes are named with {@code #when}, the code as fallback.
 */
@MessageBundle(value = "recommendation", locale = "en")
public interface RecommendationMessages {

    // @formatter:off
    @Message String title();
    @Message String intro();
    @Message String year();
    @Message String swg();
    @Message String status_label();
    @Message String any();
    @Message String filter();
    @Message String empty();
    @Message String meeting();
    @Message String due(LocalDate date);
    @Message String status(String status);
    @Message String decision(String decision);
    @Message String answered_on(LocalDate date);
    @Message String actions();
    @Message String no_addressee();
    @Message String open_page();
    @Message String answer_for(String swg);
    @Message String accept();
    @Message String decline();
    @Message String your_answer();
    @Message String action_items();
    @Message String no_open_actions();
    @Message String reason();
    @Message String reason_hint();
    @Message String send_answer();
    @Message String not_published();
    @Message String saved(String what);
    @Message String outcomes();
    @Message String outcome_type(String type);
    @Message String record_outcome();
    @Message String agenda_item();
    @Message String type();
    @Message String text_en();
    @Message String text_lo();
    @Message String addressed_swgs();
    @Message String for_recommendation();
    @Message String due_date();
    // @formatter:on
}

package la.rtp.tracker.narrative.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the narrative page, {@code {narrative:...}} in templates:
 * {@code messages/narrative.properties} (English, the default) and
 * {@code messages/narrative_lo.properties}.
 */
@MessageBundle(value = "narrative", locale = "en")
public interface NarrativeMessages {

    // @formatter:off
    @Message String title(String swg, int year);
    @Message String narratives();
    @Message String narrative_of(int year);
    @Message String intro();
    @Message String status_label();
    @Message String status(String status);
    @Message String not_started();
    @Message String section(String key);
    @Message String english();
    @Message String lao();
    @Message String save();
    @Message String submit();
    @Message String submit_confirm();
    @Message String decision();
    @Message String accept();
    @Message String return_narrative();
    @Message String reason();
    @Message String returned_reason();
    @Message String submitted_on();
    @Message String accepted_on();
    @Message String read_only();
    @Message String history();
    @Message String date();
    @Message String change();
    @Message String by();
    @Message String created();
    @Message String done(String what);
    // @formatter:on
}

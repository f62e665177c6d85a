package la.rtp.tracker.swg.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the directory pages, {@code {directory:...}}: {@code messages/directory*.properties}. */
@MessageBundle(value = "directory", locale = "en")
public interface DirectoryMessages {

    // @formatter:off
    @Message String title();
    @Message String intro();
    @Message String search();
    @Message String search_label();
    @Message String organizations();
    @Message String people();
    @Message String new_organization();
    @Message String new_person();
    @Message String name();
    @Message String acronym();
    @Message String type();
    @Message String full_name();
    @Message String gender();
    @Message String organization();
    @Message String position();
    @Message String email();
    @Message String none_selected();
    @Message String add();
    @Message String no_results();
    @Message String showing(int shown, long total);
    @Message String added(String name);
    @Message String gender_name(String gender);
    @Message String choose_type();
    @Message String choose_gender();
    // @formatter:on
}

package la.rtp.tracker.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The workspace's shared words, {@code {web:...}} in templates: layout, sign-in, home and the
 * words every page uses. Texts live in {@code messages/web.properties} (English, the default)
 * and {@code messages/web_lo.properties}; the build fails when a template uses a missing key.
 */
@MessageBundle(value = "web", locale = "en")
public interface WebMessages {

    // @formatter:off
    @Message String app_name();
    @Message String skip_to_content();
    @Message String nav_home();
    @Message String nav_reports();
    @Message String nav_users();
    @Message String nav_directory();
    @Message String nav_nsedp();
    @Message String nav_recommendations();
    @Message String signed_in_as(String name);
    @Message String sign_out();
    @Message String language();
    @Message String switch_language();
    @Message String sign_in();
    @Message String sign_in_title();
    @Message String username();
    @Message String password();
    @Message String sign_in_failed();
    @Message String signed_out();
    @Message String save();
    @Message String cancel();
    @Message String form_has_errors();
    @Message String csrf_failed();
    @Message String not_found();
    @Message String forbidden();
    @Message String saved();
    @Message String duplicate();
    @Message String stale();
    @Message String not_saved();
    @Message String unavailable();
    @Message String unexpected();
    @Message String role(String role);
    @Message String required();
    @Message String not_a_date();
    @Message String not_a_time();
    @Message String not_a_number();
    @Message String not_a_choice();
    // @formatter:on
}

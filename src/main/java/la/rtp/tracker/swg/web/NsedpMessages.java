package la.rtp.tracker.swg.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the NSEDP page, {@code {nsedp:...}}: {@code messages/nsedp*.properties}. */
@MessageBundle(value = "nsedp", locale = "en")
public interface NsedpMessages {

    // @formatter:off
    @Message String title();
    @Message String intro();
    @Message String period(int start, int end);
    @Message String outcome();
    @Message String none();
    @Message String add_plan();
    @Message String number();
    @Message String plan_title();
    @Message String start_year();
    @Message String end_year();
    @Message String outcomes();
    @Message String outcomes_hint();
    @Message String add();
    @Message String added(String title);
    @Message String not_a_year();
    @Message String not_a_number();
    @Message String on_line(int line, String message);
    // @formatter:on
}

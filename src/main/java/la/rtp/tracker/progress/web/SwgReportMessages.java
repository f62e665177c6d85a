package la.rtp.tracker.progress.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the SWG quarterly progress report that the other reports do not have
 * ({@code messages/swgreport.properties}, Lao in {@code swgreport_lo.properties}); the shared
 * ones come from the {@code report} bundle.
 */
@MessageBundle(value = "swgreport", locale = "en")
public interface SwgReportMessages {

    // @formatter:off
    @Message String title(String name, int quarter, int year);
    @Message String quarter_dates(java.time.LocalDate from, java.time.LocalDate to);
    @Message String other_language();
    @Message String activities();
    @Message String status();
    @Message String narrative();
    @Message String earlier_quarters();
    @Message String progress_status(String status);
    @Message String not_reported();
    @Message String money();
    @Message String rate(String rate);
    @Message String no_rate(int year);
    @Message String by_source();
    @Message String by_funder();
    @Message String funder();
    @Message String planned();
    @Message String disbursed_quarter();
    @Message String disbursed_cumulative();
    @Message String total();
    @Message String meetings_of_quarter();
    @Message String no_meetings();
    @Message String no_workplan(int year);
    @Message String report_link();
    // @formatter:on

    /** The SWG page's links: the reports of a plan year's quarters. */
    @Message
    String reports_of(int year);
}

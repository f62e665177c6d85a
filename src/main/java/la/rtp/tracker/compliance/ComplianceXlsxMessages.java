package la.rtp.tracker.compliance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the compliance workbook that the HTML report does not have (those it has come from
 * {@link ReportMessages}): {@code messages/compliancexlsx.properties} and {@code _lo}.
 */
@MessageBundle(value = "compliancexlsx", locale = "en")
public interface ComplianceXlsxMessages {

    // @formatter:off
    @Message String matrix_sheet();
    @Message String details_sheet();
    @Message String about_sheet();
    @Message String code();
    @Message String rule_name();
    @Message String comments_hint();
    // @formatter:on
}

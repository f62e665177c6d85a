package la.rtp.tracker.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Declares the API's description, its tags and its two security schemes for the OpenAPI
 * document. The server is relative: each deployment serves the document from its own origin.
 */
@OpenAPIDefinition(
        info = @Info(title = "SWG Tracker API", version = "1.0.0",
                description = "System of record for the Sector Working Groups of Lao PDR's Round Table Process. "
                        + "People sign in with HTTP Basic; development partners use a read-only bearer token.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The deployment that serves this document"),
        tags = {
                @Tag(name = "Action items", description = "Actions agreed at meetings: owner, due date and "
                        + "status history; the overdue ones as rule RTP-8 counts them"),
                @Tag(name = "Audit", description = "Who changed what, when (RTP secretariat only)"),
                @Tag(name = "Compliance", description = "Compliance of the SWGs with the RTP Guideline, rule by "
                        + "rule, for a plan year as of a date, as JSON or CSV"),
                @Tag(name = "Directory", description = "The SWGs and their sub-sector groups, memberships, "
                        + "organisations, people and the NSEDP plans with their outcomes"),
                @Tag(name = "Meetings", description = "SWG meetings: scheduling, agenda, attendance and minutes "
                        + "from draft to publication"),
                @Tag(name = "Narratives", description = "Each SWG's narrative of the consolidated RTIM progress "
                        + "report, per plan year in English and Lao: draft, submit, return and accept"),
                @Tag(name = "Partner feeds", description = "What development partners' systems read: published "
                        + "minutes as JSON (with ETag) and Atom, and the meeting calendar as iCalendar"),
                @Tag(name = "Partner tokens", description = "Read-only bearer tokens for development partners "
                        + "(RTP secretariat only); a token's secret is shown once"),
                @Tag(name = "Recommendations", description = "What agenda items came to (decisions, "
                        + "information, recommendations), and the register of the RTP-level meetings' recommendations: "
                        + "the addressed SWGs' answers, the action items they link and each one's status as of a date"),
                @Tag(name = "Users", description = "Accounts that sign in, their role and the SWGs they may "
                        + "write (RTP secretariat only)"),
                @Tag(name = "Workplans", description = "Annual SWG workplans: activities, budgets by funding "
                        + "source, submission deadlines and the submit, return and endorse workflow")},
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "partnerToken")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "Users of the RTP secretariat, SWG secretariats and chairs, and viewers"),
        @SecurityScheme(securitySchemeName = "partnerToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "Read-only development-partner token issued by the RTP secretariat")})
public class ApiDefinition extends Application {
}

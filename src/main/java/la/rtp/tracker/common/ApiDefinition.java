package la.rtp.tracker.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** Declares the API's description and its two security schemes for the OpenAPI document. */
@OpenAPIDefinition(
        info = @Info(title = "SWG Tracker API", version = "1.0.0",
                description = "System of record for the Sector Working Groups of Lao PDR's Round Table Process. "
                        + "People sign in with HTTP Basic; development partners use a read-only bearer token.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "partnerToken")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "Users of the RTP secretariat, SWG secretariats and chairs, and viewers"),
        @SecurityScheme(securitySchemeName = "partnerToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "Read-only development-partner token issued by the RTP secretariat")})
public class ApiDefinition extends Application {
}

package la.rtp.tracker.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Bean Validation messages in the workspace user's language: on a workspace request
 * ({@code /app}) the language on the account, so a refused form says why in Lao to a Lao user
 * (texts in {@code ValidationMessages_lo.properties}); everywhere else, the API's default,
 * English, as before.
 */
@ApplicationScoped
public class WorkspaceLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            HttpServerRequest request = Arc.container().instance(HttpServerRequest.class).get();
            if (request != null && request.path().startsWith("/app")) {
                return Arc.container().instance(Workspace.class).get().locale();
            }
        }
        return context.getDefaultLocale();
    }
}

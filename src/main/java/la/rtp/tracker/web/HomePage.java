package la.rtp.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import la.rtp.tracker.swg.Swg;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The first page after sign-in. */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class HomePage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance home(List<Swg> swgs);
    }

    @Inject
    Workspace ws;

    @GET
    @Operation(hidden = true)
    public TemplateInstance home() {
        List<Swg> swgs = Swg.<Swg>listAll().stream()
                .filter(s -> ws.isSecretariat() || ws.swgs().contains(s.code)).toList();
        return ws.page(Templates.home(swgs));
    }
}

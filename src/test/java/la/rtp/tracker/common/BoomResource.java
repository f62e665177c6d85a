package la.rtp.tracker.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails unexpectedly, to prove no internals leak. */
@Path("/test-only/boom")
@jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
public class BoomResource {

    @GET
    @PermitAll
    @Operation(hidden = true)
    public String boom() {
        throw new IllegalStateException("secret-internal-detail");
    }
}

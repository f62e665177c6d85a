package la.rtp.tracker.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/meetings/{id}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
public class MeetingOutcomeResource {

    public record AgendaOutcomeList(List<AgendaOutcomeView> items) {
    }

    @Inject
    OutcomeService outcomes;

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listMeetingOutcomes",
            summary = "Every outcome of the meeting's agenda items, in agenda order")
    public AgendaOutcomeList list(@PathParam("id") Long id) {
        return new AgendaOutcomeList(outcomes.ofMeeting(id));
    }
}

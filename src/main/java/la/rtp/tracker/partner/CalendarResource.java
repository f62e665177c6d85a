package la.rtp.tracker.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The meetings calendar for calendar clients, which subscribe by URL and cannot send headers:
 * the partner token may come as {@code ?token=} here (see ApiAuthenticationMechanism).
 */
@Path("/calendar")
@Tag(name = "Partner feeds")
@RolesAllowed(Access.PUBLISHED)
public class CalendarResource {

    @Inject
    MeetingCalendar calendar;

    @GET
    @Path("meetings.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @Operation(operationId = "getMeetingCalendar",
            summary = "iCalendar (RFC 5545) of SWG meetings from one year back onward, cancelled ones with "
            + "STATUS:CANCELLED (optionally of one SWG); the partner token may be given as ?token=")
    public Response meetings(@QueryParam("swg") String swg, @Context HttpHeaders headers) {
        String code = swg == null || swg.isBlank() ? null : swg.trim();
        MeetingCalendar.Rendered ics = calendar.render(code);
        return Conditional.whole(ics.text(), MeetingCalendar.MEDIA_TYPE, headers, ics.lastModified());
    }
}

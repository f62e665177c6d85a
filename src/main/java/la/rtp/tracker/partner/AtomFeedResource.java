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
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.List;
import la.rtp.tracker.common.PublicBaseUrl;
import la.rtp.tracker.common.RtpConfig;
import la.rtp.tracker.meeting.Minutes;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Atom feed of published minutes. Feed readers cannot send headers, so the partner token may
 * come as {@code ?token=} here (see ApiAuthenticationMechanism); the self link never repeats it.
 */
@Path("/feeds")
@Tag(name = "Partner feeds")
@RolesAllowed(Access.PUBLISHED)
public class AtomFeedResource {

    /** Entries in the feed: the most recently published or corrected minutes. */
    static final int ENTRIES = 50;

    @Inject
    RtpConfig config;

    @Inject
    Clock clock;

    @Inject
    PublicBaseUrl publicBaseUrl;

    @GET
    @Path("minutes.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(operationId = "getMinutesAtomFeed",
            summary = "Atom 1.0 feed of the 50 most recently published or corrected minutes (optionally of one "
            + "SWG); the partner token may be given as ?token=")
    public Response minutes(@QueryParam("swg") String swg, @Context HttpHeaders headers) {
        String code = swg == null || swg.isBlank() ? null : swg.trim();
        List<Minutes> entries = PublishedMinutes.latest(code, ENTRIES);
        // Links from the configured public address: the request's Host is the client's to forge.
        UriBuilder self = UriBuilder.fromUri(publicBaseUrl.resolve("feeds/minutes.atom"));
        // The code is a value, not a URI template: build(...) encodes it, braces included.
        java.net.URI selfUri = code == null ? self.build() : self.queryParam("swg", "{swg}").build(code);
        String body = AtomFeed.write(entries, code, config.secretariat().name(), publicBaseUrl.base(), selfUri, clock.instant());
        return Conditional.whole(body, AtomFeed.MEDIA_TYPE, headers, entries.isEmpty() ? null : entries.get(0).updatedAt);
    }
}

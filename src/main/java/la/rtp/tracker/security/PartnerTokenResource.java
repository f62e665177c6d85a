package la.rtp.tracker.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/partner-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner tokens")
@RolesAllowed(Access.RTP)
public class PartnerTokenResource {

    public record CreateTokenRequest(@NotBlank @SingleLine @Size(max = 200) String name, @NotNull Long organizationId) {
    }

    /** {@code token} is present only in the answer to the create: it is never stored. */
    public record TokenView(long id, String name, long organizationId, String token, String createdBy,
            Instant createdAt, Instant revokedAt, boolean active) {
        static TokenView from(PartnerToken t, String token) {
            return new TokenView(t.id, t.name, t.organizationId, token, t.createdBy, t.createdAt, t.revokedAt,
                    t.revokedAt == null);
        }
    }

    @Inject
    PartnerTokenService tokens;

    @POST
    @Operation(operationId = "createPartnerToken",
            summary = "Issue a read-only partner token; the token is shown once (RTP secretariat only)")
    public Response create(@Valid @NotNull CreateTokenRequest request, UriInfo uri) {
        TokenView token = tokens.issue(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(token.id())).build())
                .entity(token).build();
    }

    @GET
    @Operation(operationId = "listPartnerTokens",
            summary = "List partner tokens, without their secrets (RTP secretariat only)")
    public PageView<TokenView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return tokens.list(page, size);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokePartnerToken", summary = "Revoke a partner token (RTP secretariat only)")
    public Response revoke(@PathParam("id") Long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}

package la.rtp.tracker.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Access.RTP)
public class AuditResource {

    public record AuditView(long id, Instant occurredAt, String actor, String entityType, String entityId,
            String action, String summary) {
        static AuditView from(AuditEntry e) {
            return new AuditView(e.id, e.occurredAt, e.actor, e.entityType, e.entityId, e.action, e.summary);
        }
    }

    @GET
    @Operation(operationId = "listAuditEntries",
            summary = "Who changed what, when: newest first, filtered by entity type and id (RTP secretariat only)")
    public PageView<AuditView> list(@QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("since") OffsetDateTime since, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (entityType != null && !entityType.isBlank()) {
            where.add("entityType = :type");
            params.and("type", entityType.trim());
        }
        if (entityId != null && !entityId.isBlank()) {
            where.add("entityId = :id");
            params.and("id", entityId.trim());
        }
        if (since != null) {
            where.add("occurredAt >= :since");
            params.and("since", since.toInstant());
        }
        String query = String.join(" and ", where);
        var q = AuditEntry.<AuditEntry>find(query, Sort.descending("occurredAt", "id"), params)
                .page(PageView.page(page, size));
        return new PageView<>(q.list(), q.page().index, q.page().size, q.count()).map(AuditView::from);
    }
}

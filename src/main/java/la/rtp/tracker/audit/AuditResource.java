package la.rtp.tracker.audit;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import la.rtp.tracker.common.Filter;
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
        Filter filter = new Filter().and("entityType = :type", "type", Filter.text(entityType))
                .and("entityId = :id", "id", Filter.text(entityId))
                .and("occurredAt >= :since", "since", since == null ? null : since.toInstant());
        var q = AuditEntry.<AuditEntry>find(filter.conditions(), Sort.descending("occurredAt", "id"), filter.params())
                .page(PageView.page(page, size));
        return new PageView<>(q.list(), q.page().index, q.page().size, q.count()).map(AuditView::from);
    }
}

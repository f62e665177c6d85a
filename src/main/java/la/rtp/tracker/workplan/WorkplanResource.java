package la.rtp.tracker.workplan;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.security.Access;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workplans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workplans")
@RolesAllowed(Access.READ)
public class WorkplanResource {

    @Inject
    WorkplanViews views;

    @GET
    @Operation(operationId = "listWorkplans",
            summary = "Workplans by year, SWG and status, with activities, totals and history "
            + "(newest year first, then SWG code)")
    public PageView<WorkplanView> list(@QueryParam("year") Integer year, @QueryParam("swg") String swg,
            @QueryParam("status") WorkplanStatus status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (year != null) {
            where.add("w.year = :year");
            params.and("year", year);
        }
        if (swg != null && !swg.isBlank()) {
            where.add("s.code = :swg");
            params.and("swg", swg.trim());
        }
        if (status != null) {
            where.add("w.status = :status");
            params.and("status", status);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var query = Workplan.<Workplan>find("from Workplan w join fetch w.swg s" + filter
                + " order by w.year desc, s.code, w.id", params).page(PageView.page(page, size));
        long total = Workplan.count("from Workplan w join w.swg s" + filter, params);
        List<Workplan> rows = query.list();
        return new PageView<>(views.of(rows), query.page().index, query.page().size, total);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkplan",
            summary = "One workplan with its activities, budget totals by source, deadline and status history")
    public WorkplanView get(@PathParam("id") Long id) {
        return views.of(Workplan.require(id));
    }
}

package la.rtp.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import la.rtp.tracker.common.ProblemException;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.WorkplanEditor.StatusForm;
import la.rtp.tracker.workplan.SwgWorkplanResource;
import la.rtp.tracker.workplan.SwgWorkplanResource.CreateWorkplanRequest;
import la.rtp.tracker.workplan.WorkplanView;
import la.rtp.tracker.workplan.WorkplanWorkflowResource;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.EndorseRequest;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.ReturnRequest;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.SubmitRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A year's workplan: create it from the SWG page, edit it, submit it, and for the RTP secretariat
 * return or endorse it. Each action calls the API's resource method with the API's request.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class WorkplanPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(String code, String swgName, String year, FormErrors errors);
    }

    @Inject
    Workspace ws;

    @Inject
    ErrorPages errors;

    @Inject
    WorkplanEditor editor;

    @Inject
    SwgWorkplanResource swgWorkplans;

    @Inject
    WorkplanWorkflowResource workflow;



    @POST
    @Path("swgs/{code}/workplans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@PathParam("code") String code, @RestForm String year, @Context UriInfo uri) {
        Integer y;
        try {
            y = ActivityForm.blank(year) ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return createPage(code, year, FormErrors.field("year", editor.messages().not_a_year()), 422);
        }
        try {
            Response created = swgWorkplans.create(code, new CreateWorkplanRequest(y), uri);
            return Workspace.redirect("/app/workplans/" + ((WorkplanView) created.getEntity()).id() + "?done=created");
        } catch (ProblemException e) {
            return e.status() == 403 || e.status() == 404 ? errors.page(e)
                    : createPage(code, year, FormErrors.of(e), e.status());
        } catch (ConstraintViolationException e) {
            return createPage(code, year, FormErrors.of(e), 422);
        }
    }

    @GET
    @Path("workplans/{id}")
    @Operation(hidden = true)
    public Response editor(@PathParam("id") Long id, @QueryParam("done") String done) {
        return editor.render(id, ActivityForm.empty(), StatusForm.EMPTY, FormErrors.none(), 200, done);
    }

    @POST
    @Path("workplans/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@PathParam("id") Long id, @RestForm String submittedOn) {
        StatusForm input = new StatusForm(submittedOn, "", "");
        try {
            workflow.submit(id, new SubmitRequest(date(submittedOn)));
            return done(id, "submitted");
        } catch (DateTimeParseException e) {
            return notADate(id, "submittedOn", input);
        } catch (ProblemException | ConstraintViolationException e) {
            return editor.refused(id, e, ActivityForm.empty(), input);
        }
    }

    @POST
    @Path("workplans/{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response returnForRevision(@PathParam("id") Long id, @RestForm String reason) {
        StatusForm input = new StatusForm("", reason, "");
        try {
            workflow.returnForRevision(id, new ReturnRequest(reason, null));
            return done(id, "returned");
        } catch (ProblemException | ConstraintViolationException e) {
            return editor.refused(id, e, ActivityForm.empty(), input);
        }
    }

    @POST
    @Path("workplans/{id}/endorse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response endorse(@PathParam("id") Long id, @RestForm String endorsedOn) {
        StatusForm input = new StatusForm("", "", endorsedOn);
        try {
            workflow.endorse(id, new EndorseRequest(date(endorsedOn)));
            return done(id, "endorsed");
        } catch (DateTimeParseException e) {
            return notADate(id, "endorsedOn", input);
        } catch (ProblemException | ConstraintViolationException e) {
            return editor.refused(id, e, ActivityForm.empty(), input);
        }
    }

    private Response createPage(String code, String year, FormErrors formErrors, int status) {
        Swg swg = Swg.require(code);
        String name = ws.name(swg);
        return editor.html(status, Templates.create(code, name, year, formErrors));
    }

    private Response notADate(Long id, String field, StatusForm input) {
        return editor.render(id, ActivityForm.empty(), input, FormErrors.field(field, editor.messages().not_a_date()),
                422, null);
    }

    static Response done(Long id, String what) {
        return Workspace.redirect("/app/workplans/" + id + "?done=" + what);
    }

    /** Blank is "not given"; anything but yyyy-MM-dd throws. */
    static LocalDate date(String value) {
        return ActivityForm.blank(value) ? null : LocalDate.parse(value.trim());
    }
}

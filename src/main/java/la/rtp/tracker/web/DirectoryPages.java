package la.rtp.tracker.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Gender;
import la.rtp.tracker.swg.OrganizationResource;
import la.rtp.tracker.swg.OrganizationType;
import la.rtp.tracker.swg.OrganizationView;
import la.rtp.tracker.swg.PersonResource;
import la.rtp.tracker.swg.PersonView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The directory: organisations and people, searched and added. Both forms call the directory's
 * REST resources, so names are unique and validated exactly as through the API.
 */
@Path("/app/directory")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DirectoryPages {

    /** What the forms held, to show them again after a refusal. */
    public record Input(Map<String, String> values) {
        public String get(String name) {
            return values.getOrDefault(name, "");
        }

        /** Whether the field held this value (for {@code selected}). */
        public boolean is(String name, Object value) {
            return get(name).equals(String.valueOf(value));
        }
    }

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance directory(String q, PageView<OrganizationView> organizations,
                PageView<PersonView> people, List<OrganizationView> allOrganizations, String added, Input input,
                FormErrors errors, boolean mayAdd, OrganizationType[] types, Gender[] genders);
    }

    @Inject
    Workspace ws;

    @Inject
    OrganizationResource organizations;

    @Inject
    PersonResource people;



    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("q") String q, @QueryParam("added") String added) {
        return render(q, added, new Input(Map.of()), FormErrors.none());
    }

    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addOrganization(@FormParam("name") String name, @FormParam("acronym") String acronym,
            @FormParam("type") String type, @Context UriInfo uri) {
        Input input = new Input(Map.of("name", orEmpty(name), "acronym", orEmpty(acronym), "type", orEmpty(type)));
        OrganizationType parsed = Forms.enumValue(OrganizationType.class, type);
        if (parsed == null) {
            return refused(input, FormErrors.field("type", words().choose_type()));
        }
        try {
            organizations.create(new OrganizationResource.OrganizationRequest(Forms.blankToNull(name),
                    Forms.blankToNull(acronym), parsed, null), uri);
        } catch (RuntimeException e) {
            return refused(input, FormErrors.from(e, ws.locale()));
        }
        return Workspace.redirect("/app/directory?added=" + encode(name.trim()));
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addPerson(@FormParam("fullName") String fullName, @FormParam("gender") String gender,
            @FormParam("organizationId") String organizationId, @FormParam("position") String position,
            @FormParam("email") String email, @Context UriInfo uri) {
        Input input = new Input(Map.of("fullName", orEmpty(fullName), "gender", orEmpty(gender), "organizationId",
                orEmpty(organizationId), "position", orEmpty(position), "email", orEmpty(email)));
        Gender parsed = Forms.enumValue(Gender.class, gender);
        if (parsed == null) {
            return refused(input, FormErrors.field("gender", words().choose_gender()));
        }
        Long org = Forms.longValue(organizationId);
        try {
            people.create(new PersonResource.PersonRequest(Forms.blankToNull(fullName), parsed, org,
                    Forms.blankToNull(position), Forms.blankToNull(email), null), uri);
        } catch (RuntimeException e) {
            return refused(input, FormErrors.from(e, ws.locale()));
        }
        return Workspace.redirect("/app/directory?added=" + encode(fullName.trim()));
    }

    private Response refused(Input input, FormErrors formErrors) {
        return Response.status(422).entity(render(null, null, input, formErrors)).build();
    }

    private TemplateInstance render(String q, String added, Input input, FormErrors formErrors) {
        String query = q == null ? "" : q.trim();
        PageView<OrganizationView> orgs = organizations.list(query.isEmpty() ? null : query, null, 0, 50);
        PageView<PersonView> persons = people.list(query.isEmpty() ? null : query, null, 0, 50);
        List<OrganizationView> all = organizations.list(null, null, 0, PageView.MAX_SIZE).items();
        boolean mayAdd = ws.in(Access.WRITE);
        return ws.page(Templates.directory(query, orgs, persons, all, added, input, formErrors, mayAdd,
                OrganizationType.values(), Gender.values()));
    }

    private DirectoryMessages words() {
        return io.quarkus.qute.i18n.MessageBundles.get(DirectoryMessages.class,
                io.quarkus.qute.i18n.Localized.Literal.of(ws.lang()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

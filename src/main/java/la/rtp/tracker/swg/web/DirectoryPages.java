package la.rtp.tracker.swg.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.DirectoryService;
import la.rtp.tracker.swg.Gender;
import la.rtp.tracker.swg.OrganizationResource.OrganizationRequest;
import la.rtp.tracker.swg.OrganizationType;
import la.rtp.tracker.swg.OrganizationView;
import la.rtp.tracker.swg.PersonResource.PersonRequest;
import la.rtp.tracker.swg.PersonView;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;

/**
 * The directory: organisations and people, searched and added. Both forms call the
 * {@link DirectoryService}, so names are unique and validated exactly as through the API.
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
    Submission submission;

    @Inject
    DirectoryService directory;

    @GET
    public TemplateInstance page(@QueryParam("q") String q, @QueryParam("added") String added) {
        return render(q, added, new Input(Map.of()), FormErrors.none());
    }

    @POST
    @Path("organizations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOrganization(@FormParam("name") String name, @FormParam("acronym") String acronym,
            @FormParam("type") String type) {
        Input input = new Input(Map.of("name", orEmpty(name), "acronym", orEmpty(acronym), "type", orEmpty(type)));
        OrganizationType parsed = enumValue(OrganizationType.class, type);
        if (parsed == null) {
            return Submission.invalid(render(null, null, input, FormErrors.field("type", words().choose_type())));
        }
        return unprocessable(submission.submit(
                () -> directory.createOrganization(new OrganizationRequest(blankToNull(name), blankToNull(acronym),
                        parsed, null)),
                org -> "/app/directory?added=" + encode(name.trim()),
                refusal -> render(null, null, input, refusal.errors())));
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addPerson(@FormParam("fullName") String fullName, @FormParam("gender") String gender,
            @FormParam("organizationId") String organizationId, @FormParam("position") String position,
            @FormParam("email") String email) {
        Input input = new Input(Map.of("fullName", orEmpty(fullName), "gender", orEmpty(gender), "organizationId",
                orEmpty(organizationId), "position", orEmpty(position), "email", orEmpty(email)));
        Gender parsed = enumValue(Gender.class, gender);
        if (parsed == null) {
            return Submission.invalid(render(null, null, input, FormErrors.field("gender", words().choose_gender())));
        }
        Long org = longValue(organizationId);
        return unprocessable(submission.submit(
                () -> directory.createPerson(new PersonRequest(blankToNull(fullName), parsed, org,
                        blankToNull(position), blankToNull(email), null)),
                person -> "/app/directory?added=" + encode(fullName.trim()),
                refusal -> render(null, null, input, refusal.errors())));
    }

    /**
     * The directory's forms answer every refusal with 422, a name already taken included: the
     * reason is shown with the form, as for any other input to correct.
     */
    private static Response unprocessable(Response answer) {
        return answer.getStatus() == 409 ? Response.fromResponse(answer).status(422).build() : answer;
    }

    private TemplateInstance render(String q, String added, Input input, FormErrors formErrors) {
        String query = q == null ? "" : q.trim();
        PageView<OrganizationView> orgs = directory.searchOrganizations(query.isEmpty() ? null : query, null, 0, 50);
        PageView<PersonView> persons = directory.searchPeople(query.isEmpty() ? null : query, null, 0, 50);
        List<OrganizationView> all = directory.searchOrganizations(null, null, 0, PageView.MAX_SIZE).items();
        boolean mayAdd = ws.in(Access.WRITE);
        return ws.page(Templates.directory(query, orgs, persons, all, added, input, formErrors, mayAdd,
                OrganizationType.values(), Gender.values()));
    }

    private DirectoryMessages words() {
        return MessageBundles.get(DirectoryMessages.class, Localized.Literal.of(ws.lang()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Long longValue(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        try {
            return s == null || s.isBlank() ? null : Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

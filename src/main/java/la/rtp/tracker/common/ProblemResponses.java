package la.rtp.tracker.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares in the OpenAPI document the errors {@link ProblemMapper} answers, so that generated
 * clients know them: one shared {@code Problem} schema, and on each operation the 4xx answers
 * that its shape allows (400 with parameters or a body, 404 with a path parameter, 409 on a
 * write, 422 with a body, 428 on an update marked {@link #VERSION_REQUIRED}), all
 * {@code application/problem+json}. 401 and 403 come from the
 * operation's roles; they get the same body. Runs at build time, so the stored file has it too.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";

    /**
     * Marks, with {@code @Extension(name = VERSION_REQUIRED, value = "true")}, an update that
     * answers 428 without the version it read; the filter turns the mark into the 428 answer.
     */
    public static final String VERSION_REQUIRED = "x-version-required";

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Malformed request: a body that is not JSON, or a parameter of the wrong type",
            "404", "Unknown resource",
            "409", "Conflict with the current state: duplicate, illegal state transition or stale version",
            "422", "Well-formed but invalid; errors name the fields",
            "428", "The version of the resource you read is missing (send it, so that a change made since is"
                    + " not overwritten)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().forEach((method, operation) -> declare(method, item, operation));
        }
    }

    private static void declare(PathItem.HttpMethod method, PathItem item, Operation operation) {
        List<Parameter> params = new ArrayList<>();
        if (item.getParameters() != null) {
            params.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            params.addAll(operation.getParameters());
        }
        boolean body = operation.getRequestBody() != null;
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        add(responses, "400", body || !params.isEmpty());
        add(responses, "404", params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH));
        add(responses, "409", method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD);
        add(responses, "422", body);
        // SmallRye puts the marker on the responses when the method also carries @APIResponse annotations
        boolean onResponses = responses.getExtensions() != null && responses.getExtensions().containsKey(VERSION_REQUIRED);
        boolean versioned = onResponses
                || operation.getExtensions() != null && operation.getExtensions().containsKey(VERSION_REQUIRED);
        if (versioned) {
            operation.removeExtension(VERSION_REQUIRED);
            responses.removeExtension(VERSION_REQUIRED);
        }
        add(responses, "428", versioned);
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") && response.getRef() == null && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static void add(APIResponses responses, String code, boolean applies) {
        if (applies && !responses.hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(DESCRIPTIONS.get(code));
            responses.addAPIResponse(code, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA)));
    }

    private static Schema problemSchema() {
        Schema fieldError = object("A field that failed validation")
                .addProperty("field", string("The request field, e.g. startsAt or budget[0].plannedUsd"))
                .addProperty("message", string("What is wrong with it"))
                .addProperty("sheet", string("For an uploaded spreadsheet: the sheet"))
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("For an uploaded spreadsheet: the row, as the spreadsheet numbers it"))
                .addProperty("column", string("For an uploaded spreadsheet: the column letter"))
                .required(List.of("field", "message"));
        return object("An error, as RFC 9457 problem details")
                .addProperty("type", string("Identifies the kind of problem").format("uri"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("For an unexpected error, the urn:uuid it was logged under"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Validation failures, one per field"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}

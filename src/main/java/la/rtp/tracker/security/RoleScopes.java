package la.rtp.tracker.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Writes the roles, not the role groups, into the OpenAPI document: an endpoint declares
 * {@code @RolesAllowed(Access.WRITE)}, and a partner reading the contract sees who that is
 * ({@code RTP_SECRETARIAT, SWG_SECRETARIAT, SWG_CHAIR}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RoleScopes implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getSecurity() != null) {
                    operation.getSecurity().forEach(RoleScopes::expand);
                }
            }
        }
    }

    private static void expand(SecurityRequirement requirement) {
        if (requirement.getSchemes() == null) {
            return;
        }
        for (Map.Entry<String, List<String>> scheme : Map.copyOf(requirement.getSchemes()).entrySet()) {
            Set<String> roles = new LinkedHashSet<>();
            for (String scope : scheme.getValue()) {
                roles.addAll(roles(scope));
            }
            requirement.addScheme(scheme.getKey(), new ArrayList<>(roles));
        }
    }

    /** The roles of a group, in the order of {@link Role}; any other name as it is. */
    static List<String> roles(String scope) {
        List<String> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.groups().contains(scope)) {
                roles.add(role.name());
            }
        }
        if (Role.PARTNER_GROUPS.contains(scope)) {
            roles.add(Role.PARTNER);
        }
        return roles.isEmpty() ? List.of(scope) : roles;
    }
}

package la.rtp.tracker.security;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.PartnerTokenResource.CreateTokenRequest;
import la.rtp.tracker.security.PartnerTokenResource.TokenView;
import la.rtp.tracker.swg.Organization;

/**
 * Read-only API tokens for development partners (RTP secretariat only). A token's secret is shown
 * once, in the answer to its creation; only its SHA-256 hash is kept.
 */
@ApplicationScoped
public class PartnerTokenService {

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Transactional
    @RolesAllowed(Access.RTP)
    public TokenView issue(@Valid @NotNull CreateTokenRequest request) {
        Organization org = Organization.findById(request.organizationId());
        if (org == null) {
            throw new Problems.Invalid("organizationId", "No organization " + request.organizationId());
        }
        String token = Secrets.newToken();
        PartnerToken t = new PartnerToken();
        t.name = request.name().trim();
        t.organizationId = org.id;
        t.tokenHash = Secrets.sha256(token);
        t.createdBy = access.actor();
        t.createdAt = audit.now();
        t.persist();
        audit.record("PartnerToken", t.id, "create", "Issued partner token '" + t.name + "' for " + org.name);
        return TokenView.from(t, token);
    }

    @RolesAllowed(Access.RTP)
    public PageView<TokenView> list(Integer page, Integer size) {
        var q = PartnerToken.<PartnerToken>findAll(Sort.by("id")).page(PageView.page(page, size));
        return new PageView<>(q.list(), q.page().index, q.page().size, q.count()).map(t -> TokenView.from(t, null));
    }

    @Transactional
    @RolesAllowed(Access.RTP)
    public void revoke(Long id) {
        PartnerToken t = Problems.found(PartnerToken.findById(id), "Partner token", id);
        if (t.revokedAt != null) {
            throw new Problems.Conflict("Partner token " + id + " was already revoked");
        }
        t.revokedAt = audit.now();
        audit.record("PartnerToken", t.id, "revoke", "Revoked partner token '" + t.name + "'");
    }
}

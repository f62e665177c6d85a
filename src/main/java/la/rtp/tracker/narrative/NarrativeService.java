package la.rtp.tracker.narrative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.BusinessDates;
import la.rtp.tracker.common.Filter;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.narrative.NarrativeRequests.AcceptNarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.NarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.ReturnNarrativeRequest;
import la.rtp.tracker.narrative.NarrativeRequests.SubmitNarrativeRequest;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Swg;

/**
 * What can be done with narratives, for the API and the workspace alike. The SWG's secretariat or
 * chair (or the RTP secretariat) drafts and submits; the RTP secretariat returns or accepts. Every
 * change writes a history row and an audit row; each acceptance also keeps a snapshot of the
 * texts, which the consolidated report reads through {@link #acceptedAsOf}.
 */
@ApplicationScoped
public class NarrativeService {

    static final String ENTITY = "Narrative";
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2200;

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    NarrativeViews views;

    /** Narratives by year, SWG and status, newest year first, then SWG code. */
    public PageView<NarrativeView> list(Integer year, String swg, NarrativeStatus status, Integer page, Integer size) {
        Filter filter = new Filter().and("n.year = :year", "year", year)
                .and("s.code = :swg", "swg", Filter.text(swg)).and("n.status = :status", "status", status);
        var query = Narrative.<Narrative>find("from Narrative n join fetch n.swg s" + filter.where()
                + " order by n.year desc, s.code, n.id", filter.params()).page(PageView.page(page, size));
        long total = Narrative.count("from Narrative n join n.swg s" + filter.where(), filter.params());
        return new PageView<>(views.of(query.list()), query.page().index, query.page().size, total);
    }

    /** 404 when the SWG has no narrative for the year. */
    public NarrativeView get(String code, Integer year) {
        return views.of(Narrative.require(code, checkYear(year)));
    }

    /** Whether the SWG has a narrative for the year (for the workspace, which offers to start one). */
    public boolean exists(String code, int year) {
        return Narrative.of(code, year).isPresent();
    }

    /**
     * Creates the narrative in DRAFT when absent (true in {@link Saved#created}); else replaces its
     * texts, which needs the version read and a DRAFT or RETURNED narrative.
     */
    @Transactional
    public Saved save(String code, Integer year, @Valid @NotNull NarrativeRequest request) {
        int y = checkYear(year);
        Swg swg = Swg.require(code);
        access.requireWrite(swg.code);
        Narrative n = Narrative.of(code, y).orElse(null);
        boolean created = n == null;
        if (created) {
            n = new Narrative();
            n.swg = swg;
            n.year = y;
            n.texts = request.sections();
            n.createdAt = audit.now();
            n.updatedAt = n.createdAt;
            n.persist();
            NarrativeChange.record(n, null, audit.today(), audit.now(), access.actor(), null);
            audit.record(ENTITY, n.id, "create", describe(n) + " created in DRAFT");
        } else {
            n.requireVersion(request.version());
            n.edit(request.sections());
            n.updatedAt = audit.now();
            audit.record(ENTITY, n.id, "update", describe(n) + " texts changed");
        }
        Narrative.flush();
        return new Saved(views.of(n), created);
    }

    /** The narrative saved, and whether this request created it. */
    public record Saved(NarrativeView narrative, boolean created) {
    }

    @Transactional
    public NarrativeView submit(String code, Integer year, SubmitNarrativeRequest request) {
        Narrative n = Narrative.require(code, checkYear(year));
        access.requireWrite(n.swg.code);
        NarrativeStatus from = n.status;
        LocalDate on = businessDate(n, request == null ? null : request.submittedOn(), "submittedOn");
        n.submit(on);
        return changed(n, from, on, null, "submit");
    }

    @Transactional
    public NarrativeView returnForRevision(String code, Integer year, @Valid @NotNull ReturnNarrativeRequest request) {
        access.requireSecretariat("return a narrative");
        Narrative n = Narrative.require(code, checkYear(year));
        NarrativeStatus from = n.status;
        LocalDate on = businessDate(n, request.returnedOn(), "returnedOn");
        n.returnForRevision(request.reason().trim());
        return changed(n, from, on, n.returnedReason, "return");
    }

    /** Accepts the submitted texts and keeps a snapshot of them, dated {@code acceptedOn}. */
    @Transactional
    public NarrativeView accept(String code, Integer year, AcceptNarrativeRequest request) {
        access.requireSecretariat("accept a narrative");
        Narrative n = Narrative.require(code, checkYear(year));
        NarrativeStatus from = n.status;
        LocalDate on = businessDate(n, request == null ? null : request.acceptedOn(), "acceptedOn");
        n.accept(on);
        NarrativeAcceptance a = new NarrativeAcceptance();
        a.narrative = n;
        a.acceptedOn = on;
        a.occurredAt = audit.now();
        a.actor = access.actor();
        a.texts = n.texts == null ? new Sections() : n.texts.copy();
        a.persist();
        return changed(n, from, on, null, "accept");
    }

    /**
     * The narratives of {@code year} as accepted on {@code asOf}, by SWG code: for each SWG the
     * texts of its latest acceptance on or before that day; an SWG without one is absent. A return
     * does not withdraw the text accepted before it: it stays in force until the next acceptance.
     * One statement whatever the number of SWGs.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, AcceptedNarrative> acceptedAsOf(int year, LocalDate asOf) {
        Map<String, AcceptedNarrative> bySwg = new HashMap<>();
        for (Object[] r : NarrativeAcceptance.inForce(year, asOf)) {
            bySwg.put((String) r[0], AcceptedNarrative.of((String) r[0], (NarrativeAcceptance) r[1]));
        }
        return bySwg;
    }

    // ----

    /** Today in Vientiane unless given (RTP secretariat only), never before the previous change. */
    private LocalDate businessDate(Narrative n, LocalDate requested, String field) {
        return BusinessDates.transition(field, requested, audit.today(), access.isSecretariat(),
                NarrativeChange.lastTransitionDate(n));
    }

    private NarrativeView changed(Narrative n, NarrativeStatus from, LocalDate on, String reason, String action) {
        n.updatedAt = audit.now();
        NarrativeChange.record(n, from, on, audit.now(), access.actor(), reason);
        audit.record(ENTITY, n.id, action, describe(n) + " " + from + " -> " + n.status + " on " + on
                + (reason == null ? "" : ": " + reason));
        Narrative.flush();
        return views.of(n);
    }

    private static String describe(Narrative n) {
        return n.swg.code + " " + n.year + " narrative";
    }

    static int checkYear(Integer year) {
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            throw new Problems.BadRequest("year", "year must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return year;
    }
}

package la.rtp.tracker.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.Filter;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.workplan.ActivityRequests.ActivityRequest;
import la.rtp.tracker.workplan.ActivityRequests.DisbursementRequest;
import la.rtp.tracker.workplan.SwgWorkplanResource.CreateWorkplanRequest;
import la.rtp.tracker.workplan.WorkplanDeadlineResource.DeadlineRequest;
import la.rtp.tracker.workplan.WorkplanDeadlineResource.DeadlineView;
import la.rtp.tracker.workplan.WorkplanView.ActivityView;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.EndorseRequest;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.ReturnRequest;
import la.rtp.tracker.workplan.WorkplanWorkflowResource.SubmitRequest;

/**
 * What can be done with workplans, for the API and the workspace alike: each write runs in its
 * own transaction, checks who may do it and leaves an audit row. The status rules are
 * {@link WorkplanWorkflow}'s; activities change only while the workplan is DRAFT or RETURNED,
 * except the disbursed amounts, reported during the year whatever the status. Every update of a
 * row that exists (an activity, its disbursements, a deadline override) needs the version the
 * client read: 428 without it, 409 when stale. Status transitions take no version: each is
 * allowed from given statuses only, so a repeated or crossed one is a 409 anyway.
 */
@ApplicationScoped
public class WorkplanService {

    static final String ACTIVITY = "WorkplanActivity";

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    WorkplanWorkflow workflow;

    @Inject
    CopyForward copyForward;

    @Inject
    WorkplanViews views;

    @Inject
    WorkplanDeadlines deadlines;

    // ---- workplans

    /** Workplans by year, SWG and status, newest year first, then SWG code. */
    public PageView<WorkplanView> list(Integer year, String swg, WorkplanStatus status, Integer page, Integer size) {
        Filter filter = new Filter().and("w.year = :year", "year", year)
                .and("s.code = :swg", "swg", Filter.text(swg)).and("w.status = :status", "status", status);
        var query = Workplan.<Workplan>find("from Workplan w join fetch w.swg s" + filter.where()
                + " order by w.year desc, s.code, w.id", filter.params()).page(PageView.page(page, size));
        long total = Workplan.count("from Workplan w join w.swg s" + filter.where(), filter.params());
        List<Workplan> rows = query.list();
        return new PageView<>(views.of(rows), query.page().index, query.page().size, total);
    }

    public WorkplanView get(Long id) {
        return views.of(Workplan.require(id));
    }

    /** The SWG's workplan for a year, in DRAFT; 409 when it has one already. */
    @Transactional
    public WorkplanView create(String swgCode, @Valid @NotNull CreateWorkplanRequest request) {
        Swg swg = Swg.require(swgCode);
        access.requireWrite(swgCode);
        Workplan w = workflow.create(swg, request.year(), null);
        return flushed(w);
    }

    /** Next year's DRAFT from this workplan, with warnings for the NSEDP outcomes dropped. */
    @Transactional
    public WorkplanView copyForward(Long id) {
        Workplan source = writable(id);
        CopyForward.Result result = copyForward.copy(source);
        return flushed(result.workplan()).withWarnings(result.warnings());
    }

    @Transactional
    public WorkplanView submit(Long id, SubmitRequest request) {
        Workplan w = writable(id);
        workflow.submit(w, request == null ? null : request.submittedOn());
        return flushed(w);
    }

    @Transactional
    public WorkplanView returnForRevision(Long id, @Valid @NotNull ReturnRequest request) {
        Workplan w = Workplan.require(id);
        workflow.returnForRevision(w, request.reason(), request.returnedOn());
        return flushed(w);
    }

    @Transactional
    public WorkplanView endorse(Long id, EndorseRequest request) {
        Workplan w = Workplan.require(id);
        workflow.endorse(w, request == null ? null : request.endorsedOn());
        return flushed(w);
    }

    // ---- activities

    public ActivityView activity(Long id, Long activityId) {
        return views.of(Activity.require(Workplan.require(id), activityId));
    }

    @Transactional
    public ActivityView addActivity(Long id, @Valid @NotNull ActivityRequest request) {
        Workplan w = editable(id);
        request.checkBudget();
        Activity a = new Activity();
        a.workplan = w;
        ActivityChanges.apply(a, request);
        a.createdAt = audit.now();
        a.updatedAt = a.createdAt;
        a.persist();
        ActivityChanges.replaceBudget(a, List.of(), request.budget(), disbursements(List.of()));
        audit.record(ACTIVITY, a.id, "create", describe(w, a, "added"));
        Activity.flush();
        return views.of(a);
    }

    /** Replaces the activity; the request carries the version read. */
    @Transactional
    public ActivityView updateActivity(Long id, Long activityId, @Valid @NotNull ActivityRequest request) {
        Workplan w = editable(id);
        Activity a = Activity.require(w, activityId);
        a.requireVersion(request.version());
        request.checkBudget();
        ActivityChanges.apply(a, request);
        List<BudgetLine> lines = BudgetLine.ofActivities(List.of(a.id));
        ActivityChanges.replaceBudget(a, lines, request.budget(), disbursements(lines));
        a.updatedAt = audit.now();
        audit.record(ACTIVITY, a.id, "update", describe(w, a, "changed"));
        Activity.flush();
        return views.of(a);
    }

    @Transactional
    public void deleteActivity(Long id, Long activityId) {
        Workplan w = editable(id);
        Activity a = Activity.require(w, activityId);
        // A plan under revision may drop an activity with what was reported on it; the audit row says so.
        long disbursements = Disbursement.delete("line.id in (select b.id from BudgetLine b where b.activity = ?1)", a);
        long reports = ActivityProgress.delete("activity", a);
        BudgetLine.delete("activity", a);
        a.outcomes.clear();
        a.delete();
        audit.record(ACTIVITY, activityId, "delete", describe(w, a, "removed") + (disbursements + reports == 0 ? ""
                : " with " + disbursements + " disbursement(s) and " + reports + " progress report(s)"));
    }

    /** The amounts disbursed by source, in any status; the request carries the version read. */
    @Transactional
    public ActivityView reportDisbursements(Long id, Long activityId, @Valid @NotNull DisbursementRequest request) {
        Workplan w = writable(id);
        Activity a = Activity.require(w, activityId);
        a.requireVersion(request.version());
        request.check();
        List<BudgetLine> lines = BudgetLine.ofActivities(List.of(a.id));
        ActivityChanges.disburse(a, lines, request.budget(), disbursements(lines));
        a.updatedAt = audit.now();
        audit.record(ACTIVITY, a.id, "disburse", w.swg.code + " " + w.year + " activity '" + a.title
                + "' disbursed: " + request.budget().stream().map(d -> d.source() + " " + d.disbursedUsd())
                        .collect(Collectors.joining(", ")));
        Activity.flush();
        return views.of(a);
    }

    // ---- deadlines

    /** The deadline in force for a year, and whether it is the default. */
    public DeadlineView deadline(Integer year) {
        return deadlineView(checkYear(year));
    }

    /**
     * Sets a year's deadline (RTP secretariat only); replacing an override needs the version
     * read, setting the first one does not.
     */
    @Transactional
    public DeadlineView setDeadline(Integer year, @Valid @NotNull DeadlineRequest request) {
        access.requireSecretariat("set a workplan deadline");
        checkYear(year);
        int dateYear = request.deadline().getYear();
        if (dateYear != year && dateYear != year - 1) {
            throw new Problems.Invalid("deadline", "The deadline of the " + year + " workplans must fall in "
                    + (year - 1) + " or " + year);
        }
        WorkplanDeadline d = WorkplanDeadline.forYear(year).orElseGet(() -> {
            WorkplanDeadline created = new WorkplanDeadline();
            created.year = year;
            return created;
        });
        if (d.id != null) {
            d.requireVersion(request.version());
        }
        LocalDate before = d.id != null ? d.deadline : deadlines.defaultFor(year);
        d.deadline = request.deadline();
        d.updatedAt = audit.now();
        d.updatedBy = access.actor();
        d.persistAndFlush();
        audit.record("WorkplanDeadline", year, "set", "Workplan deadline for " + year + " set to " + d.deadline
                + " (was " + before + ")");
        return deadlineView(year);
    }

    /** Removes a year's override (RTP secretariat only): the configured default applies again. */
    @Transactional
    public DeadlineView resetDeadline(Integer year) {
        access.requireSecretariat("reset a workplan deadline");
        checkYear(year);
        WorkplanDeadline d = WorkplanDeadline.forYear(year)
                .orElseThrow(() -> new Problems.NotFound("Deadline override for year", year));
        d.delete();
        WorkplanDeadline.flush();
        audit.record("WorkplanDeadline", year, "reset", "Workplan deadline override for " + year + " ("
                + d.deadline + ") removed; the default " + deadlines.defaultFor(year) + " applies");
        return deadlineView(year);
    }

    private DeadlineView deadlineView(int year) {
        LocalDate byDefault = deadlines.defaultFor(year);
        return WorkplanDeadline.forYear(year)
                .map(d -> new DeadlineView(year, d.deadline, false, byDefault, d.version, d.updatedAt, d.updatedBy))
                .orElseGet(() -> new DeadlineView(year, byDefault, true, byDefault, null, null, null));
    }

    private static int checkYear(Integer year) {
        if (year == null || year < WorkplanDeadlineResource.MIN_YEAR || year > WorkplanDeadlineResource.MAX_YEAR) {
            throw new Problems.Invalid("year", "year must be between " + WorkplanDeadlineResource.MIN_YEAR + " and "
                    + WorkplanDeadlineResource.MAX_YEAR);
        }
        return year;
    }

    // ----

    private Workplan writable(Long id) {
        Workplan w = Workplan.require(id);
        access.requireWrite(w.swg.code);
        return w;
    }

    private Workplan editable(Long id) {
        Workplan w = writable(id);
        if (!w.status.editable()) {
            throw new Problems.Conflict("The workplan is " + w.status + "; its activities can be changed only while "
                    + "it is DRAFT or RETURNED. Disbursements can still be reported with PUT "
                    + "/api/v1/workplans/" + w.id + "/activities/{activityId}/disbursements");
        }
        // A submission committed meanwhile changes the workplan's version: this write then fails with 409
        // instead of slipping an activity change into a submitted workplan.
        Workplan.getEntityManager().lock(w, LockModeType.OPTIMISTIC);
        return w;
    }

    private Disbursements disbursements(List<BudgetLine> lines) {
        return Disbursements.of(lines, audit.today(), audit.now(), access.actor());
    }

    private WorkplanView flushed(Workplan w) {
        Workplan.flush();
        return views.of(w);
    }

    private static String describe(Workplan w, Activity a, String what) {
        return w.swg.code + " " + w.year + " workplan (" + w.id + "): activity '" + a.title + "' " + what;
    }
}

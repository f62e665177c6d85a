package la.rtp.tracker.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.BusinessDates;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.workplan.ImplementationRequests.DisbursementCreate;
import la.rtp.tracker.workplan.ImplementationRequests.ProgressRequest;
import la.rtp.tracker.workplan.ImplementationRequests.RateRequest;
import la.rtp.tracker.workplan.ImplementationRequests.WithdrawRequest;
import la.rtp.tracker.workplan.ImplementationViews.ActivityDisbursementsView;
import la.rtp.tracker.workplan.ImplementationViews.ActivityProgressView;
import la.rtp.tracker.workplan.ImplementationViews.DisbursementView;
import la.rtp.tracker.workplan.ImplementationViews.LineTotal;
import la.rtp.tracker.workplan.ImplementationViews.ProgressEntry;
import la.rtp.tracker.workplan.ImplementationViews.RateView;

/**
 * How a workplan is implemented through the year: progress per activity and quarter,
 * disbursements per line and quarter, and the plan year's exchange rate. Reported by the SWG's
 * secretariat or chair (or the RTP secretariat) in any workplan status; everything is dated and
 * append-only, so each figure is known as of any date.
 */
@ApplicationScoped
public class ImplementationService {

    @Inject
    Access access;

    @Inject
    Audit audit;

    // ---- progress

    public ActivityProgressView progress(Long workplanId, Long activityId, LocalDate asOf) {
        Activity a = Activity.require(Workplan.require(workplanId), activityId);
        LocalDate day = asOf == null ? audit.today() : asOf;
        List<ActivityProgress> reports = ActivityProgress.ofActivities(List.of(a.id));
        return new ActivityProgressView(a.id, a.title, day,
                ProgressHistory.latest(reports, day).getOrDefault(a.id, List.of()),
                reports.stream().map(ProgressEntry::from).toList());
    }

    @Transactional
    public ProgressEntry reportProgress(Long workplanId, Long activityId, @Valid @NotNull ProgressRequest request) {
        Workplan w = writable(workplanId);
        Activity a = Activity.require(w, activityId);
        LocalDate on = BusinessDates.recorded("reportedOn", request.reportedOn(), audit.today(),
                access.isSecretariat());
        if (on.getYear() < w.year) {
            throw new Problems.Invalid("reportedOn", "Progress on the " + w.year + " workplan is reported from "
                    + w.year + "-01-01");
        }
        if (blank(request.narrativeEn()) && blank(request.narrativeLo())
                && (request.status() == ProgressStatus.DELAYED || request.status() == ProgressStatus.CANCELLED)) {
            throw new Problems.Invalid("narrativeEn", "Say why the activity is " + request.status()
                    + ", in English or Lao");
        }
        ActivityProgress p = new ActivityProgress();
        p.activity = a;
        p.quarter = request.quarter();
        p.status = request.status();
        p.narrativeEn = trimmed(request.narrativeEn());
        p.narrativeLo = trimmed(request.narrativeLo());
        p.reportedOn = on;
        p.recordedAt = audit.now();
        p.recordedBy = access.actor();
        p.persist();
        a.updatedAt = p.recordedAt;
        audit.record(WorkplanService.ACTIVITY, a.id, "progress", w.swg.code + " " + w.year + " activity '" + a.title
                + "' Q" + p.quarter + ": " + p.status + " (reported on " + on + ")");
        ActivityProgress.flush();
        return ProgressEntry.from(p);
    }

    // ---- disbursements

    public ActivityDisbursementsView disbursements(Long workplanId, Long activityId, LocalDate asOf) {
        Activity a = Activity.require(Workplan.require(workplanId), activityId);
        return disbursementsView(a, asOf == null ? audit.today() : asOf);
    }

    @Transactional
    public DisbursementView disburse(Long workplanId, Long activityId, @Valid @NotNull DisbursementCreate request) {
        Workplan w = writable(workplanId);
        Activity a = Activity.require(w, activityId);
        BudgetLine line = BudgetLine.ofActivities(List.of(a.id)).stream()
                .filter(l -> l.id.equals(request.budgetLineId())).findFirst()
                .orElseThrow(() -> new Problems.Invalid("budgetLineId", "Budget line " + request.budgetLineId()
                        + " is not a line of activity " + a.id));
        LocalDate today = audit.today();
        LocalDate on = request.disbursedOn();
        if (on.isAfter(today)) {
            throw new Problems.Invalid("disbursedOn", "disbursedOn must not be in the future (today is " + today + ")");
        }
        if (on.getYear() < w.year) {
            throw new Problems.Invalid("disbursedOn", "Money of the " + w.year + " workplan is disbursed from "
                    + w.year + "-01-01");
        }
        Disbursement d = new Disbursement();
        d.line = line;
        d.quarter = request.quarter() == null ? Money.quarterOf(on, w.year) : request.quarter();
        d.amount = request.amount();
        d.disbursedOn = on;
        d.note = trimmed(request.note());
        d.recordedAt = audit.now();
        d.recordedBy = access.actor();
        d.persist();
        a.updatedAt = d.recordedAt;
        audit.record(WorkplanService.ACTIVITY, a.id, "disburse", w.swg.code + " " + w.year + " activity '" + a.title
                + "' " + ActivityChanges.describe(line) + ": " + Money.cents(d.amount).toPlainString() + " "
                + line.currency + " disbursed on " + on + " (Q" + d.quarter + ")");
        Disbursement.flush();
        return DisbursementView.from(d, today);
    }

    /** Withdraws a disbursement recorded in error; it stays in the history and counts until the date. */
    @Transactional
    public DisbursementView withdraw(Long id, WithdrawRequest request) {
        Disbursement d = Disbursement.<Disbursement>find("from Disbursement d join fetch d.line l "
                + "join fetch l.activity a join fetch a.workplan w join fetch w.swg where d.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new Problems.NotFound("Disbursement", id));
        Workplan w = d.line.activity.workplan;
        access.requireWrite(w.swg.code);
        if (d.withdrawnOn != null) {
            throw new Problems.Conflict("Disbursement " + id + " was withdrawn on " + d.withdrawnOn);
        }
        LocalDate on = BusinessDates.recorded("withdrawnOn", request == null ? null : request.withdrawnOn(),
                audit.today(), access.isSecretariat());
        if (on.isBefore(d.disbursedOn)) {
            throw new Problems.Invalid("withdrawnOn", "withdrawnOn must not be before the disbursement ("
                    + d.disbursedOn + ")");
        }
        d.withdrawnOn = on;
        d.withdrawnAt = audit.now();
        d.withdrawnBy = access.actor();
        d.line.activity.updatedAt = d.withdrawnAt;
        audit.record(WorkplanService.ACTIVITY, d.line.activity.id, "withdraw-disbursement", w.swg.code + " " + w.year
                + " activity '" + d.line.activity.title + "': disbursement " + id + " of "
                + Money.cents(d.amount).toPlainString() + " " + d.line.currency + " withdrawn from " + on);
        Disbursement.flush();
        return DisbursementView.from(d, audit.today());
    }

    private ActivityDisbursementsView disbursementsView(Activity a, LocalDate asOf) {
        List<BudgetLine> lines = BudgetLine.ofActivities(List.of(a.id));
        List<Disbursement> all = Disbursement.ofLines(lines.stream().map(l -> l.id).toList());
        List<LineTotal> totals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (BudgetLine line : lines) {
            List<Disbursement> own = all.stream().filter(d -> d.line.id.equals(line.id)).toList();
            List<BigDecimal> byQuarter = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                int quarter = q;
                byQuarter.add(Money.disbursedOn(own.stream().filter(d -> d.quarter == quarter).toList(), asOf));
            }
            BigDecimal total = Money.disbursedOn(own, asOf);
            if (total.compareTo(line.planned) > 0) {
                warnings.add(ActivityChanges.describe(line) + ": disbursed " + total.toPlainString() + " "
                        + line.currency + " exceeds planned " + Money.cents(line.planned).toPlainString() + " "
                        + line.currency);
            }
            totals.add(new LineTotal(line.id, line.source,
                    line.fundingOrganization == null ? null : line.fundingOrganization.name, line.currency,
                    Money.cents(line.planned), byQuarter, total));
        }
        return new ActivityDisbursementsView(a.id, a.title, asOf, totals,
                all.stream().map(d -> DisbursementView.from(d, asOf)).toList(), warnings);
    }

    // ---- exchange rates

    public List<RateView> rates() {
        return ExchangeRate.<ExchangeRate>list("order by year desc").stream().map(RateView::from).toList();
    }

    public RateView rate(Integer year) {
        return RateView.from(ExchangeRate.forYear(checkYear(year))
                .orElseThrow(() -> new Problems.NotFound("Exchange rate for year", year)));
    }

    /** Sets a plan year's rate (RTP secretariat only); replacing one needs the version read. */
    @Transactional
    public RateView setRate(Integer year, @Valid @NotNull RateRequest request) {
        access.requireSecretariat("set an exchange rate");
        checkYear(year);
        ExchangeRate r = ExchangeRate.forYear(year).orElseGet(() -> {
            ExchangeRate created = new ExchangeRate();
            created.year = year;
            return created;
        });
        BigDecimal before = r.lakPerUsd;
        if (r.id != null) {
            r.requireVersion(request.version());
        }
        r.lakPerUsd = request.lakPerUsd();
        r.updatedAt = audit.now();
        r.updatedBy = access.actor();
        r.persistAndFlush();
        audit.record("ExchangeRate", year, "set", "Exchange rate for " + year + " set to "
                + r.lakPerUsd.toPlainString() + " LAK per USD" + (before == null ? "" : " (was "
                + before.toPlainString() + ")"));
        return RateView.from(r);
    }

    private static int checkYear(Integer year) {
        if (year == null || year < WorkplanDeadlineResource.MIN_YEAR || year > WorkplanDeadlineResource.MAX_YEAR) {
            throw new Problems.Invalid("year", "year must be between " + WorkplanDeadlineResource.MIN_YEAR + " and "
                    + WorkplanDeadlineResource.MAX_YEAR);
        }
        return year;
    }

    private Workplan writable(Long id) {
        Workplan w = Workplan.require(id);
        access.requireWrite(w.swg.code);
        return w;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }
}

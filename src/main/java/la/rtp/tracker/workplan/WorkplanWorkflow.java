package la.rtp.tracker.workplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.BusinessDates;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Swg;

/**
 * The workplan's status rules, which span the workplan, its activities, its history and the
 * audit log: every change writes a history row and an audit row in the caller's transaction.
 */
@ApplicationScoped
public class WorkplanWorkflow {

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public Workplan create(Swg swg, int year, String reason) {
        if (Workplan.of(swg, year).isPresent()) {
            throw new Problems.Conflict(swg.code + " already has a workplan for " + year);
        }
        Workplan w = new Workplan();
        w.swg = swg;
        w.year = year;
        w.status = WorkplanStatus.DRAFT;
        w.createdAt = audit.now();
        w.updatedAt = w.createdAt;
        w.persist();
        StatusChange.record(w, null, today(), audit.now(), access.actor(), reason);
        audit.record("Workplan", w.id, "create", swg.code + " " + year + " workplan created in DRAFT"
                + (reason == null ? "" : ": " + reason));
        return w;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submit(Workplan w, LocalDate requestedOn) {
        requireStatus(w, "submitted", WorkplanStatus.SUBMITTABLE);
        if (Activity.count("workplan", w) == 0) {
            throw new Problems.Invalid("activities", "A workplan needs at least one activity to be submitted");
        }
        LocalDate on = businessDate(w, requestedOn, "submittedOn");
        if (w.submittedOn == null) {
            w.submittedOn = on; // the first submission is the one rule RTP-2 judges
        }
        change(w, WorkplanStatus.SUBMITTED, on, null, "submit");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returnForRevision(Workplan w, String reason, LocalDate requestedOn) {
        access.requireSecretariat("return a workplan");
        requireStatus(w, "returned", Set.of(WorkplanStatus.SUBMITTED));
        LocalDate on = businessDate(w, requestedOn, "returnedOn");
        w.returnedReason = reason.trim();
        change(w, WorkplanStatus.RETURNED, on, w.returnedReason, "return");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void endorse(Workplan w, LocalDate requestedOn) {
        access.requireSecretariat("endorse a workplan");
        requireStatus(w, "endorsed", Set.of(WorkplanStatus.SUBMITTED));
        LocalDate on = businessDate(w, requestedOn, "endorsedOn");
        w.endorsedOn = on;
        change(w, WorkplanStatus.ENDORSED, on, null, "endorse");
    }

    /** 409 naming the current status unless the workplan may take this step. */
    static void requireStatus(Workplan w, String step, Set<WorkplanStatus> allowed) {
        if (!allowed.contains(w.status)) {
            throw new Problems.Conflict("The workplan is " + w.status + "; it can be " + step + " only when "
                    + String.join(" or ", allowed.stream().sorted().map(Enum::name).toList()));
        }
    }

    /**
     * Today in Vientiane unless given; only the RTP secretariat may record another day (see
     * {@link BusinessDates}), and never before the previous transition.
     */
    LocalDate businessDate(Workplan w, LocalDate requested, String field) {
        return BusinessDates.transition(field, requested, today(), access.isSecretariat(),
                StatusChange.lastTransitionDate(w));
    }

    LocalDate today() {
        return audit.today();
    }

    private void change(Workplan w, WorkplanStatus to, LocalDate on, String reason, String action) {
        WorkplanStatus from = w.status;
        w.status = to;
        w.updatedAt = audit.now();
        StatusChange.record(w, from, on, audit.now(), access.actor(), reason);
        audit.record("Workplan", w.id, action, w.swg.code + " " + w.year + " workplan " + from + " -> " + to
                + " on " + on + (reason == null ? "" : ": " + reason));
    }
}

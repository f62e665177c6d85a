package la.rtp.tracker.workplan.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.swg.NsedpOutcome;
import la.rtp.tracker.swg.NsedpPlan;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.Swg;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Workspace;
import la.rtp.tracker.workplan.FundingSource;
import la.rtp.tracker.workplan.WorkplanService;
import la.rtp.tracker.workplan.WorkplanStatus;
import la.rtp.tracker.workplan.WorkplanView;
import la.rtp.tracker.workplan.WorkplanView.ActivityView;
import la.rtp.tracker.workplan.WorkplanView.Amounts;
import la.rtp.tracker.workplan.WorkplanView.BudgetView;

/**
 * Loads and renders the workplan editor, for its own page and for the forms that land on it
 * again when refused. The workplan is read through {@link WorkplanService#get}, the API's own
 * constant-count view; the page adds the SWG's Lao name, the NSEDP outcomes of the year and the
 * organisations, one statement each.
 */
@RequestScoped
public class WorkplanEditor {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(Page page, ActivityForm form, StatusForm status, FormErrors errors,
                String done);
    }

    /** What the editor shows and which of its forms the user may use. */
    public record Page(WorkplanView w, String swgName, boolean editable, boolean reportable, boolean submittable,
            boolean decidable, boolean secretariat, List<NsedpOutcome> outcomes, List<Organization> organizations,
            List<SourceTotal> totals, String today) {

        /** The funding sources, in order, for the budget rows' choice. */
        public List<String> sources() {
            return java.util.Arrays.stream(FundingSource.values()).map(Enum::name).toList();
        }

        /** The plan year's rate as read: "21,500"; null while none is set. */
        public String rate() {
            return w.lakPerUsd() == null ? null : new java.text.DecimalFormat("#,##0.####",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(w.lakPerUsd());
        }

        /** May record progress and disbursements: the SWG's writers, in any status. */
        public boolean implementable() {
            return editable || reportable;
        }
    }

    /**
     * A source's saved totals, and the base the live sum starts from: the totals without the
     * activity in the form, whose inputs app.js adds as they are typed.
     */
    public record SourceTotal(String source, BigDecimal plannedUsd, BigDecimal disbursedUsd, BigDecimal basePlannedUsd,
            BigDecimal baseDisbursedUsd) {
    }

    /** The status forms' input, kept when refused. */
    public record StatusForm(String submittedOn, String reason, String endorsedOn) {
        static final StatusForm EMPTY = new StatusForm("", "", "");
    }

    @Inject
    WorkplanService workplans;

    @Inject
    Workspace ws;

    @Inject
    Clock clock;

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** The editor's data; {@code inForm} is the activity being edited (its amounts leave the live base). */
    Page load(Long id, ActivityView inForm) {
        WorkplanView w = workplans.get(id);
        Swg swg = Swg.require(w.swg());
        boolean mayWrite = ws.mayWrite(w.swg());
        boolean editable = w.status().editable();
        List<NsedpOutcome> outcomes = NsedpPlan.forYear(w.year()).map(p -> p.outcomes).orElse(List.of());
        List<Organization> organizations = editable && mayWrite ? Organization.list("order by name") : List.of();
        List<SourceTotal> totals = new ArrayList<>();
        for (FundingSource s : FundingSource.values()) {
            Amounts all = w.totals().bySource().get(s);
            BigDecimal planned = all.plannedUsd();
            BigDecimal disbursed = all.disbursedUsd();
            if (inForm != null) {
                for (BudgetView b : inForm.budget()) {
                    if (b.source() == s) {
                        planned = zeroIfNull(planned).subtract(zeroIfNull(b.plannedUsd()));
                        disbursed = zeroIfNull(disbursed).subtract(zeroIfNull(b.disbursedUsd()));
                    }
                }
            }
            totals.add(new SourceTotal(s.name(), all.plannedUsd(), all.disbursedUsd(), planned, disbursed));
        }
        String name = ws.name(swg);
        return new Page(w, name, editable && mayWrite, !editable && mayWrite,
                editable && mayWrite, ws.isSecretariat() && w.status() == WorkplanStatus.SUBMITTED,
                ws.isSecretariat(), outcomes, organizations, totals, today().toString());
    }

    /** The editor, in the user's language, with a form's input and why it was refused. */
    TemplateInstance page(Long id, ActivityForm form, StatusForm status, FormErrors formErrors, String done) {
        return ws.page(Templates.editor(load(id, null), form, status, formErrors, done));
    }

    /** The bundle in the user's language, for messages built in Java (input that does not parse). */
    WorkplanMessages messages() {
        return "lo".equals(ws.lang()) ? MessageBundles.get(WorkplanMessages.class, Localized.Literal.of("lo"))
                : MessageBundles.get(WorkplanMessages.class);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Time.ZONE));
    }
}

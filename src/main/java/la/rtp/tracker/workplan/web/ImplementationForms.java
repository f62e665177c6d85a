package la.rtp.tracker.workplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.workplan.ImplementationRequests.DisbursementCreate;
import la.rtp.tracker.workplan.ImplementationRequests.ProgressRequest;
import la.rtp.tracker.workplan.ProgressStatus;
import org.jboss.resteasy.reactive.RestForm;

/** The activity page's implementation forms as posted: progress in a quarter, one disbursement. */
public final class ImplementationForms {

    private ImplementationForms() {
    }

    /** How the activity went in a quarter; kept as typed when refused. */
    public static class Progress {
        // @formatter:off
        @RestForm public String quarter;
        @RestForm public String status;
        @RestForm public String narrativeEn;
        @RestForm public String narrativeLo;
        // @formatter:on

        static Progress defaults(int quarter) {
            Progress p = new Progress();
            p.quarter = String.valueOf(quarter);
            p.status = ProgressStatus.values()[0].name();
            return p;
        }

        public boolean isQuarter(int q) {
            return String.valueOf(q).equals(quarter);
        }

        public boolean isStatus(String s) {
            return s.equals(status);
        }

        Parsed<ProgressRequest> request(WorkplanMessages m) {
            WorkplanFormParser p = new WorkplanFormParser(m);
            Integer q = p.integer("quarter", quarter);
            ProgressStatus s = ActivityForm.blank(status) ? null : p.status("status", status);
            return new Parsed<>(new ProgressRequest(q, s, narrativeEn, narrativeLo, null), p.errors);
        }
    }

    /** One disbursement on a line; the date defaults to today, the quarter to the date's. */
    public static class Disbursement {
        // @formatter:off
        @RestForm public String budgetLineId;
        @RestForm public String quarter;
        @RestForm public String amount;
        @RestForm public String disbursedOn;
        @RestForm public String note;
        // @formatter:on

        static Disbursement defaults(LocalDate today) {
            Disbursement d = new Disbursement();
            d.disbursedOn = today.toString();
            return d;
        }

        public boolean isLine(Long id) {
            return id != null && id.toString().equals(budgetLineId);
        }

        public boolean isQuarter(int q) {
            return String.valueOf(q).equals(quarter);
        }

        Parsed<DisbursementCreate> request(WorkplanMessages m) {
            WorkplanFormParser p = new WorkplanFormParser(m);
            Long line = p.id("budgetLineId", budgetLineId);
            Integer q = p.integer("quarter", quarter);
            LocalDate on = null;
            try {
                on = WorkplanPages.date(disbursedOn);
            } catch (DateTimeParseException e) {
                p.errors = p.errors.and(FormErrors.field("disbursedOn", m.not_a_date()));
            }
            return new Parsed<>(new DisbursementCreate(line, q, p.money("amount", amount), on, note), p.errors);
        }
    }

    record Parsed<T>(T request, FormErrors errors) {
    }
}

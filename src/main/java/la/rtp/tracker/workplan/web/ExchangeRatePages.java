package la.rtp.tracker.workplan.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import la.rtp.tracker.web.FormErrors;
import la.rtp.tracker.web.Submission;
import la.rtp.tracker.web.Workspace;
import la.rtp.tracker.workplan.ImplementationRequests.RateRequest;
import la.rtp.tracker.workplan.ImplementationService;
import la.rtp.tracker.workplan.ImplementationViews.RateView;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The plan years' exchange rates: everyone reads them, the RTP secretariat sets a year's rate
 * (replacing one sends the version it showed) through {@link ImplementationService}.
 */
@Path("/app/exchange-rates")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ExchangeRatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rates(List<RateView> rates, boolean secretariat, RateForm form,
                FormErrors errors, String done);
    }

    /** The rate form as posted, kept when refused. */
    public record RateForm(String year, String lakPerUsd, String version) {
        static final RateForm EMPTY = new RateForm("", "", "");

        public boolean isYear(int y) {
            return String.valueOf(y).equals(year == null ? null : year.trim());
        }
    }

    @Inject
    Workspace ws;

    @Inject
    Submission submission;

    @Inject
    WorkplanEditor editor;

    @Inject
    ImplementationService implementation;

    @GET
    public Response list(@QueryParam("done") String done) {
        return Submission.html(200, page(RateForm.EMPTY, FormErrors.none(), done));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@RestForm String year, @RestForm String lakPerUsd, @RestForm String version) {
        RateForm form = new RateForm(year, lakPerUsd, version);
        WorkplanFormParser p = new WorkplanFormParser(editor.messages());
        Integer y = p.integer("year", year);
        BigDecimal rate = p.money("lakPerUsd", lakPerUsd);
        Long v = p.id("version", version);
        if (p.errors.any()) {
            return Submission.invalid(page(form, p.errors, null));
        }
        return submission.submit(() -> implementation.setRate(y, new RateRequest(rate, v)),
                "/app/exchange-rates?done=rate", refusal -> page(form, refusal.errors(), null));
    }

    private TemplateInstance page(RateForm form, FormErrors errors, String done) {
        return ws.page(Templates.rates(implementation.rates(), ws.isSecretariat(), form, errors, done));
    }
}

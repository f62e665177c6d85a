package la.rtp.tracker.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import la.rtp.tracker.audit.Audit;
import la.rtp.tracker.common.BusinessDates;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.meeting.ActionItem;
import la.rtp.tracker.meeting.Minutes;
import la.rtp.tracker.meeting.Outcome;
import la.rtp.tracker.meeting.OutcomeType;
import la.rtp.tracker.recommendation.RecommendationResource.RecommendationActionRequest;
import la.rtp.tracker.recommendation.RecommendationResource.RecommendationResponseRequest;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Swg;

/**
 * The addressed SWGs' side of a recommendation: their answers and the action items they link.
 * The caller must be able to write the SWG it answers for (its secretariat or chair, or the RTP
 * secretariat), and the recommendation's minutes must be published: an unpublished recommendation
 * cannot be answered.
 */
@ApplicationScoped
public class RecommendationService {

    @Inject
    Access access;

    @Inject
    Audit audit;

    @Inject
    RecommendationRegister register;

    /**
     * Records the SWG's answer as of {@code respondedOn} (default today; only the RTP secretariat may
     * give another day, not before the minutes' publication). ACCEPTED links at least one action item
     * of the SWG's own; NOT_ACCEPTED gives the reason. Answers the recommendation as of today.
     */
    @Transactional
    public RecommendationView respond(Long id, @Valid @NotNull RecommendationResponseRequest request) {
        Outcome o = recommendation(id);
        Swg swg = addressee(o, request.swg());
        LocalDate on = recordedOn("respondedOn", request.respondedOn(), o);
        List<Long> itemIds = request.actionItemIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.actionItemIds()));
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        if (request.decision() == Decision.NOT_ACCEPTED) {
            if (reason == null) {
                throw new Problems.Invalid("reason", "Give the reason a recommendation is not accepted");
            }
            if (!itemIds.isEmpty()) {
                throw new Problems.Invalid("actionItemIds", "Only an accepted recommendation links action items");
            }
        } else if (itemIds.isEmpty()) {
            throw new Problems.Invalid("actionItemIds", "Accepting a recommendation links at least one action item "
                    + "of " + swg.code + " that follows it up");
        }
        Map<Long, ActionItem> items = ownItems(swg, itemIds, "actionItemIds");
        Instant now = audit.now();
        RecommendationResponse r = new RecommendationResponse();
        r.outcomeId = o.id;
        r.swgId = swg.id;
        r.decision = request.decision();
        r.reason = reason;
        r.respondedOn = on;
        r.recordedAt = now;
        r.actor = access.actor();
        r.persist();
        List<Long> linked = RecommendationAction.linked(o.id, swg.id);
        for (ActionItem i : items.values()) {
            if (!linked.contains(i.id)) {
                RecommendationAction.link(o.id, swg.id, i.id, on, now, access.actor());
            }
        }
        audit.record("Recommendation", o.id, "respond", swg.code + ": recommendation " + o.id + " " + r.decision
                + " on " + on + (reason == null ? "" : " (" + reason + ")")
                + (itemIds.isEmpty() ? "" : ", action items " + itemIds));
        RecommendationResponse.flush();
        return register.get(o.id, null);
    }

    /**
     * Links one more action item of the SWG's own as of {@code linkedOn} (default today; only the RTP
     * secretariat may give another day): the SWG's answer in force that day must be ACCEPTED.
     */
    @Transactional
    public RecommendationView link(Long id, @Valid @NotNull RecommendationActionRequest request) {
        Outcome o = recommendation(id);
        Swg swg = addressee(o, request.swg());
        LocalDate on = recordedOn("linkedOn", request.linkedOn(), o);
        List<RecommendationStatus.Answer> answers = RecommendationResponse.of(o.id, swg.id).stream()
                .map(RecommendationResponse::answer).toList();
        RecommendationStatus.Answer last = RecommendationStatus.lastAnswer(on, answers);
        if (last == null || last.decision() != Decision.ACCEPTED) {
            throw new Problems.Conflict(swg.code + " had not accepted recommendation " + o.id + " on " + on
                    + "; accept it first (with an action item)");
        }
        ActionItem item = ownItems(swg, List.of(request.actionItemId()), "actionItemId").get(request.actionItemId());
        if (RecommendationAction.linked(o.id, swg.id).contains(item.id)) {
            throw new Problems.Conflict("Action item " + item.id + " is already linked to recommendation " + o.id
                    + " for " + swg.code);
        }
        RecommendationAction.link(o.id, swg.id, item.id, on, audit.now(), access.actor());
        audit.record("Recommendation", o.id, "link-action", swg.code + ": recommendation " + o.id
                + " action item " + item.id + " linked on " + on);
        RecommendationAction.flush();
        return register.get(o.id, null);
    }

    /** The recommendation with its meeting and addressees; 404 for anything else. */
    private static Outcome recommendation(Long id) {
        Outcome o = id == null ? null : Outcome.<Outcome>find("from Outcome o join fetch o.meeting "
                + "left join fetch o.addressees where o.id = ?1 and o.type = ?2", id, OutcomeType.RECOMMENDATION)
                .singleResultOptional().orElse(null);
        return Problems.found(o, "Recommendation", id);
    }

    /**
     * 403 unless the caller may write {@code code}; 422 unless the recommendation is addressed to it;
     * 409 while the meeting's minutes are unpublished.
     */
    private Swg addressee(Outcome o, String code) {
        String wanted = code.trim();
        access.requireWrite(wanted);
        Swg swg = o.addressees.stream().filter(s -> s.code.equals(wanted)).findFirst().orElseThrow(() ->
                new Problems.Invalid("swg", "Recommendation " + o.id + " is not addressed to " + wanted + "; it is "
                        + "addressed to " + String.join(", ", new TreeSet<>(o.addressees.stream().map(s -> s.code)
                                .toList()))));
        Minutes minutes = Minutes.ofMeeting(o.meeting.id);
        if (minutes == null || !minutes.published) {
            throw new Problems.Conflict("The minutes of meeting " + o.meeting.id + " are not published yet; an "
                    + "unpublished recommendation cannot be answered");
        }
        return swg;
    }

    /** The business date to record (see {@link BusinessDates}), not before the minutes' publication. */
    private LocalDate recordedOn(String field, LocalDate requested, Outcome o) {
        LocalDate on = BusinessDates.recorded(field, requested, audit.today(), access.isSecretariat());
        LocalDate published = Minutes.ofMeeting(o.meeting.id).publishedOn;
        if (on.isBefore(published)) {
            throw new Problems.Invalid(field, field + " must not be before the minutes' publication on " + published);
        }
        return on;
    }

    /** The action items by id, each one of the SWG's own (action_item.swg_id); 422 naming {@code field} otherwise. */
    private static Map<Long, ActionItem> ownItems(Swg swg, List<Long> ids, String field) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ActionItem> found = ActionItem.<ActionItem>list("id in ?1 and swg.id = ?2", ids, swg.id).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Set<Long> missing = new TreeSet<>(ids);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw new Problems.Invalid(field, "Not action items of " + swg.code + ": " + missing);
        }
        return found;
    }
}

package la.rtp.tracker.recommendation;

import io.quarkus.panache.common.Page;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import la.rtp.tracker.common.Filter;
import la.rtp.tracker.common.PageView;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.common.Time;
import la.rtp.tracker.meeting.ActionItem;
import la.rtp.tracker.meeting.ActionItemChange;
import la.rtp.tracker.meeting.ActionItemStatus;
import la.rtp.tracker.meeting.MeetingStatus;
import la.rtp.tracker.meeting.Outcome;
import la.rtp.tracker.meeting.OutcomeType;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationActionItem;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAddressee;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAgendaItem;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationAnswer;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationMeeting;
import la.rtp.tracker.recommendation.RecommendationView.RecommendationOrganization;
import la.rtp.tracker.security.Access;
import la.rtp.tracker.swg.Swg;

/**
 * The register of recommendations of RTP-level meetings, each addressee's status as of a date.
 * Whatever the number of recommendations it costs the same statements: the recommendations (with
 * meeting, agenda item, organisation and addressees), the answers, the links, the linked action
 * items and their histories. Statuses are computed here, so the {@code status} filter and the
 * paging apply to the computed list.
 *
 * <p>Who sees what: the RTP secretariat and viewers everything; an SWG secretariat or chair the
 * recommendations addressed to their SWGs, with only their SWGs' entries; partner tokens only
 * recommendations whose meeting's minutes are published.
 */
@ApplicationScoped
public class RecommendationRegister {

    private static final String FETCH = "from Outcome o join fetch o.meeting m join fetch o.agendaItem a "
            + "left join fetch a.segment left join fetch o.organization left join fetch o.addressees "
            + "where o.type = :type and m.swg is null and m.status <> :cancelled";

    @Inject
    Access access;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    public PageView<RecommendationView> list(Integer year, String swg, RecommendationStatus status, LocalDate asOf,
            Integer page, Integer size) {
        Page p = PageView.page(page, size);
        LocalDate day = asOf(asOf);
        List<RecommendationView> all = register(year(year, day), swg, status, day);
        int from = (int) Math.min((long) p.index * p.size, all.size());
        int to = Math.min(from + p.size, all.size());
        return new PageView<>(all.subList(from, to), p.index, p.size, all.size());
    }

    /** One recommendation as of {@code asOf} (default today); 404 when unknown or not visible to the caller. */
    public RecommendationView get(Long id, LocalDate asOf) {
        List<RecommendationView> found = id == null ? List.of()
                : build(new Filter().and("o.id = :id", "id", id), asOf(asOf), null, null);
        return Problems.found(found.isEmpty() ? null : found.get(0), "Recommendation", id);
    }

    /** The whole register of a year (default: asOf's year) as of a date (default today), unpaged. */
    public List<RecommendationView> register(Integer year, String swg, RecommendationStatus status, LocalDate day) {
        Filter f = new Filter().and("m.meetingDate >= :from", "from", LocalDate.of(year, 1, 1))
                .and("m.meetingDate <= :to", "to", LocalDate.of(year, 12, 31))
                .and("exists (select s from Outcome o2 join o2.addressees s where o2 = o and s.code = :swg)", "swg",
                        Filter.text(swg));
        return build(f, day, Filter.text(swg), status);
    }

    /** The as-of date: today in Vientiane unless given. */
    public LocalDate asOf(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock.withZone(Time.ZONE));
    }

    /** The register's year: asOf's unless given, within the years any plan can cover. */
    public static int year(Integer year, LocalDate day) {
        int y = year != null ? year : day.getYear();
        if (y < 2000 || y > 2200) {
            throw new Problems.BadRequest("year", "year must be between 2000 and 2200");
        }
        return y;
    }

    private List<RecommendationView> build(Filter f, LocalDate day, String swg, RecommendationStatus status) {
        Set<String> mine = scoped() ? access.swgs() : null;
        f.and("exists (select s from Outcome o3 join o3.addressees s where o3 = o and s.code in :mine)", "mine", mine);
        if (identity.hasRole(Access.PARTNER)) {
            f.and("exists (select mi from Minutes mi where mi.meeting = m and mi.published = :published)",
                    "published", Boolean.TRUE);
        }
        f.params().and("type", OutcomeType.RECOMMENDATION).and("cancelled", MeetingStatus.CANCELLED);
        String where = f.conditions().isEmpty() ? "" : " and " + f.conditions();
        List<Outcome> outcomes = Outcome.<Outcome>find(FETCH + where
                + " order by m.meetingDate, m.id, a.position, o.id", f.params()).list();
        List<Long> ids = outcomes.stream().map(o -> o.id).toList();
        Map<String, List<RecommendationStatus.Answer>> answers = new HashMap<>();
        Map<Long, RecommendationResponse> responses = new HashMap<>();
        for (RecommendationResponse r : RecommendationResponse.of(ids, day)) {
            answers.computeIfAbsent(r.outcomeId + "/" + r.swgId, k -> new ArrayList<>()).add(r.answer());
            responses.put(r.id, r);
        }
        Map<String, List<RecommendationAction>> links = new HashMap<>();
        List<RecommendationAction> all = RecommendationAction.of(ids, day);
        all.forEach(l -> links.computeIfAbsent(l.outcomeId + "/" + l.swgId, k -> new ArrayList<>()).add(l));
        List<Long> itemIds = all.stream().map(l -> l.actionItemId).distinct().toList();
        Map<Long, ActionItem> items = items(itemIds);
        Map<Long, List<RecommendationStatus.Change>> histories = histories(itemIds, day);
        List<RecommendationView> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            List<RecommendationAddressee> entries = new ArrayList<>();
            for (Swg s : o.addressees.stream().sorted(Comparator.comparing((Swg x) -> x.code)).toList()) {
                if ((swg != null && !swg.equals(s.code)) || (mine != null && !mine.contains(s.code))) {
                    continue;
                }
                String key = o.id + "/" + s.id;
                List<RecommendationStatus.Answer> given = answers.getOrDefault(key, List.of());
                List<RecommendationStatus.Link> linked = new ArrayList<>();
                List<RecommendationActionItem> actions = new ArrayList<>();
                for (RecommendationAction l : links.getOrDefault(key, List.of())) {
                    List<RecommendationStatus.Change> history = histories.getOrDefault(l.actionItemId, List.of());
                    linked.add(new RecommendationStatus.Link(l.linkedOn, history));
                    ActionItemStatus on = RecommendationStatus.statusOn(day, history);
                    ActionItem i = items.get(l.actionItemId);
                    actions.add(new RecommendationActionItem(i.id, i.description, i.dueDate,
                            on == null ? ActionItemStatus.OPEN : on));
                }
                RecommendationStatus st = RecommendationStatus.on(day, given, linked);
                if (status != null && st != status) {
                    continue;
                }
                RecommendationStatus.Answer last = RecommendationStatus.lastAnswer(day, given);
                RecommendationResponse r = last == null ? null : responses.get(last.id());
                entries.add(new RecommendationAddressee(s.code, st,
                        r == null ? null : new RecommendationAnswer(r.decision, r.reason, r.respondedOn), actions));
            }
            if (!entries.isEmpty() || (status == null && swg == null && mine == null)) {
                out.add(view(o, day, entries));
            }
        }
        return out;
    }

    private static RecommendationView view(Outcome o, LocalDate day, List<RecommendationAddressee> entries) {
        return new RecommendationView(o.id, new RecommendationMeeting(o.meeting.id, o.meeting.title,
                o.meeting.kind, o.meeting.meetingDate),
                new RecommendationAgendaItem(o.agendaItem.id, o.agendaItem.position, o.agendaItem.title,
                        o.agendaItem.segment == null ? null : o.agendaItem.segment.code),
                o.textEn, o.textLo, o.dueDate,
                o.organization == null ? null : new RecommendationOrganization(o.organization.id,
                        o.organization.name), day, entries);
    }

    /** An SWG secretariat or chair: sees only what concerns the SWGs on the account. */
    private boolean scoped() {
        return !access.isSecretariat() && !access.swgs().isEmpty();
    }

    /** The SWGs whose entries the caller sees, or null for every SWG. */
    public Set<String> scope() {
        return scoped() ? Set.copyOf(access.swgs()) : null;
    }

    private static Map<Long, ActionItem> items(Collection<Long> ids) {
        Map<Long, ActionItem> items = new HashMap<>();
        if (!ids.isEmpty()) {
            ActionItem.<ActionItem>list("id in ?1", ids).forEach(i -> items.put(i.id, i));
        }
        return items;
    }

    private static Map<Long, List<RecommendationStatus.Change>> histories(Collection<Long> ids, LocalDate day) {
        Map<Long, List<RecommendationStatus.Change>> out = new HashMap<>();
        if (!ids.isEmpty()) {
            ActionItemChange.<ActionItemChange>list("actionItem.id in ?1 and changedOn <= ?2", ids, day)
                    .forEach(c -> out.computeIfAbsent(c.actionItem.id, k -> new ArrayList<>())
                            .add(new RecommendationStatus.Change(c.id, c.changedOn, c.status)));
        }
        return out;
    }
}

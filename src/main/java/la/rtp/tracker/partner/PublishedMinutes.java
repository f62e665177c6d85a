package la.rtp.tracker.partner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import la.rtp.tracker.meeting.ActionItem;
import la.rtp.tracker.meeting.Attendance;
import la.rtp.tracker.meeting.Minutes;

/**
 * Loads published minutes for partners in a fixed number of statements whatever the page size:
 * the page (minutes with meeting and SWG), then attendance aggregates and action items with
 * their owners for all the page's meetings, each one {@code in (:ids)} query.
 */
final class PublishedMinutes {

    private static final String FETCH = "from Minutes mi join fetch mi.meeting m left join fetch m.swg s where ";

    private PublishedMinutes() {
    }

    /** Up to {@code limit + 1} rows: the extra one only tells that there is a next page. */
    static PublishedMinutesView.Page page(MinutesQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = query.where(true, params);
        List<Minutes> rows = Minutes.<Minutes>find(FETCH + where + MinutesQuery.ORDER_HQL, params)
                .range(0, query.limit()).list();
        boolean more = rows.size() > query.limit();
        List<Minutes> page = more ? rows.subList(0, query.limit()) : rows;
        Minutes last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more ? new Cursor(last.meeting.startsAt, last.meeting.id).encode() : null;
        return new PublishedMinutesView.Page(views(page), next);
    }

    /** The newest published minutes by update time, for the Atom feed (no attendance or actions). */
    static List<Minutes> latest(String swg, int count) {
        Map<String, Object> params = new HashMap<>();
        params.put("published", true);
        String where = "mi.published = :published";
        if (swg != null) {
            where += " and " + MinutesQuery.swgCondition(true);
            params.put("swg", swg);
        }
        return Minutes.<Minutes>find(FETCH + where + " order by mi.updatedAt desc, m.id desc", params)
                .range(0, count - 1).list();
    }

    private static List<PublishedMinutesView> views(List<Minutes> page) {
        List<Long> ids = page.stream().map(mi -> mi.meeting.id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Attendance> attendance = Attendance.byMeeting(ids);
        Map<Long, List<PublishedMinutesView.Action>> actions = new HashMap<>();
        for (ActionItem i : ActionItem.<ActionItem>list("from ActionItem i left join fetch i.ownerOrganization "
                + "left join fetch i.ownerPerson where i.meeting.id in ?1 order by i.dueDate, i.id", ids)) {
            actions.computeIfAbsent(i.meeting.id, k -> new ArrayList<>()).add(PublishedMinutesView.Action.from(i));
        }
        return page.stream().map(mi -> PublishedMinutesView.from(mi, attendance.get(mi.meeting.id),
                actions.getOrDefault(mi.meeting.id, List.of()))).toList();
    }
}

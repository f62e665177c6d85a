package la.rtp.tracker.meeting;

import java.util.List;

/**
 * An agenda item; {@code nsedpOutcomes} are outcome numbers of the plan in force that year;
 * {@code swg} the SWG whose segment of an RTP-level meeting it belongs to (null outside segments).
 */
public record AgendaItemView(long id, long meetingId, int position, String title, String presenter,
        List<Integer> nsedpOutcomes, Long activityId, Long actionItemId, String swg, long version) {

    public static AgendaItemView from(AgendaItem a) {
        return new AgendaItemView(a.id, a.meeting.id, a.position, a.title, a.presenter,
                a.outcomes.stream().map(o -> o.number).sorted().toList(), a.activityId,
                a.actionItem == null ? null : a.actionItem.id, a.segment == null ? null : a.segment.code, a.version);
    }
}

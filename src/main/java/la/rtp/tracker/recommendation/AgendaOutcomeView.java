package la.rtp.tracker.recommendation;

import java.time.LocalDate;
import java.util.List;
import la.rtp.tracker.meeting.Outcome;
import la.rtp.tracker.meeting.OutcomeType;

/**
 * An outcome of an agenda item; {@code swgs} (addressed SWG codes), {@code organizationId} and
 * {@code dueDate} only for a recommendation; {@code segment} is the SWG whose segment the agenda
 * item belongs to, if any.
 */
public record AgendaOutcomeView(long id, long meetingId, long agendaItemId, int agendaPosition, String agendaItemTitle,
        String segment, OutcomeType type, String textEn, String textLo, List<String> swgs, Long organizationId,
        String organization, LocalDate dueDate, long version) {

    static AgendaOutcomeView from(Outcome o) {
        return new AgendaOutcomeView(o.id, o.meeting.id, o.agendaItem.id, o.agendaItem.position, o.agendaItem.title,
                o.agendaItem.segment == null ? null : o.agendaItem.segment.code, o.type, o.textEn, o.textLo,
                o.addressees.stream().map(s -> s.code).sorted().toList(),
                o.organization == null ? null : o.organization.id,
                o.organization == null ? null : o.organization.name, o.dueDate, o.version);
    }
}

package la.rtp.tracker.narrative;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Narratives as views, with their histories and acceptances: two statements for any number. */
@ApplicationScoped
public class NarrativeViews {

    public NarrativeView of(Narrative n) {
        return of(List.of(n)).get(0);
    }

    /** The narratives' SWGs must be loaded already (fetched with them). */
    public List<NarrativeView> of(List<Narrative> narratives) {
        List<Long> ids = narratives.stream().map(n -> n.id).toList();
        Map<Long, List<NarrativeView.NarrativeChangeView>> history = new HashMap<>();
        for (NarrativeChange c : NarrativeChange.ofNarratives(ids)) {
            history.computeIfAbsent(c.narrative.id, k -> new ArrayList<>()).add(NarrativeView.NarrativeChangeView.of(c));
        }
        Map<Long, List<NarrativeView.NarrativeAcceptanceView>> acceptances = new HashMap<>();
        for (NarrativeAcceptance a : NarrativeAcceptance.ofNarratives(ids)) {
            acceptances.computeIfAbsent(a.narrative.id, k -> new ArrayList<>())
                    .add(NarrativeView.NarrativeAcceptanceView.of(a));
        }
        return narratives.stream().map(n -> NarrativeView.of(n, history.getOrDefault(n.id, List.of()),
                acceptances.getOrDefault(n.id, List.of()))).toList();
    }
}

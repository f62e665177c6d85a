package la.rtp.tracker.compliance;

import java.util.List;

/** Every rule, built the way plain JUnit builds them: with {@code new}. */
final class AllRules {

    private AllRules() {
    }

    static List<ComplianceRule> list() {
        return List.of(new Rtp1Leadership(), new Rtp2WorkplanSubmitted(), new Rtp3WorkplanEndorsed(),
                new Rtp4NsedpAlignment(), new Rtp5RegularMeetings(), new Rtp6NonStateParticipation(),
                new Rtp7MinutesPublished(), new Rtp8ActionFollowUp(), new Rtp9NsedpOnAgenda(),
                new Rtp10ProvincialParticipation());
    }
}

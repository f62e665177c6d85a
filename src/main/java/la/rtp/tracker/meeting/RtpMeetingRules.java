package la.rtp.tracker.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import la.rtp.tracker.common.Problems;
import la.rtp.tracker.swg.Organization;
import la.rtp.tracker.swg.OrganizationType;
import la.rtp.tracker.swg.Swg;

/**
 * What tells an SWG's meeting from an RTP-level one in a request: the kind, the participating
 * SWGs and the province. Checked before anything is written (422 naming the field).
 */
final class RtpMeetingRules {

    private RtpMeetingRules() {
    }

    /** 422 unless the request describes an SWG's own meeting. */
    static void requireSwgMeeting(SwgMeetingResource.MeetingRequest request) {
        if (request.kind().rtpLevel()) {
            throw new Problems.Invalid("kind", "A " + request.kind() + " meeting is organised by the RTP secretariat "
                    + "(POST /api/v1/meetings); an SWG schedules one of " + swgKinds());
        }
        if (request.swgs() != null && !request.swgs().isEmpty()) {
            throw new Problems.Invalid("swgs", "Only an RTP-level meeting has participating SWGs");
        }
        if (request.provinceOrganizationId() != null) {
            throw new Problems.Invalid("provinceOrganizationId", "Only a PROVINCIAL_CONSULTATION names a province");
        }
    }

    /**
     * Applies kind-specific fields of an RTP-level meeting after checking them: an RTP-level kind,
     * at least one known SWG, and a provincial authority for (and only for) a provincial consultation.
     */
    static void applyTo(Meeting m, SwgMeetingResource.MeetingRequest request) {
        if (!request.kind().rtpLevel()) {
            throw new Problems.Invalid("kind", "The RTP secretariat organises one of " + MeetingKind.RTP_LEVEL
                    + "; a " + request.kind() + " meeting belongs to an SWG (POST /api/v1/swgs/{code}/meetings)");
        }
        Set<String> codes = request.swgs() == null ? Set.of()
                : request.swgs().stream().map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new));
        if (codes.isEmpty()) {
            throw new Problems.Invalid("swgs", "Give at least one participating SWG");
        }
        Set<String> unknown = Swg.unknownCodes(codes);
        if (!unknown.isEmpty()) {
            throw new Problems.Invalid("swgs", "No SWG " + String.join(", ", unknown));
        }
        Organization province = null;
        if (request.kind() == MeetingKind.PROVINCIAL_CONSULTATION) {
            if (request.provinceOrganizationId() == null) {
                throw new Problems.Invalid("provinceOrganizationId",
                        "A provincial consultation names the provincial authority it is held with");
            }
            province = Organization.require(request.provinceOrganizationId(), "provinceOrganizationId");
            if (province.type != OrganizationType.PROVINCIAL_AUTHORITY) {
                throw new Problems.Invalid("provinceOrganizationId", "Organization " + province.id + " is a "
                        + province.type + ", not a " + OrganizationType.PROVINCIAL_AUTHORITY);
            }
        } else if (request.provinceOrganizationId() != null) {
            throw new Problems.Invalid("provinceOrganizationId", "Only a PROVINCIAL_CONSULTATION names a province");
        }
        List<Swg> swgs = Swg.list("code in ?1", codes);
        m.participants.retainAll(swgs);
        m.participants.addAll(swgs);
        m.province = province;
    }

    private static List<MeetingKind> swgKinds() {
        return List.of(MeetingKind.values()).stream().filter(k -> !k.rtpLevel()).toList();
    }
}

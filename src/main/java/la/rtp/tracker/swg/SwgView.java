package la.rtp.tracker.swg;

import java.util.List;

/**
 * An SWG with its leadership on a day: chairs, co-chairs and secretariat members active then.
 * {@code subGroups} lists its sub-sector working groups.
 */
public record SwgView(long id, String code, String name, String nameLo, String leadMinistry, String mandate,
        Cadence cadence, String parentCode, List<MembershipView> chairs, List<MembershipView> coChairs,
        List<MembershipView> secretariat, List<SubGroup> subGroups, long version) {

    public record SubGroup(String code, String name, String nameLo) {
    }

    static SwgView from(Swg s, List<Membership> active, List<Swg> children) {
        return new SwgView(s.id, s.code, s.nameEn, s.nameLo, s.leadMinistry, s.mandate, s.cadence,
                s.parent == null ? null : s.parent.code, role(active, MembershipRole.CHAIR),
                role(active, MembershipRole.CO_CHAIR), role(active, MembershipRole.SECRETARIAT),
                children.stream().map(c -> new SubGroup(c.code, c.nameEn, c.nameLo)).toList(), s.version);
    }

    private static List<MembershipView> role(List<Membership> active, MembershipRole role) {
        return active.stream().filter(m -> m.role == role).map(MembershipView::from).toList();
    }
}

package la.rtp.tracker.partner;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import la.rtp.tracker.common.Time;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The VTIMEZONE for {@code TZID=Asia/Vientiane}, built from the JDK's zone rules. ical4j's bundled
 * definition answers the alias's canonical zone (TZID Asia/Bangkok), which would not match the
 * TZID our events name. Observances start in 1970 (no meeting is older) and follow the JDK's
 * recorded transitions since; Vientiane has had none (UTC+7 since 1920) and no recurring rules.
 */
final class VientianeZone {

    static final VTimeZone VTIMEZONE = build(Time.ZONE.getRules());

    private VientianeZone() {
    }

    private static VTimeZone build(ZoneRules rules) {
        LocalDateTime epoch = LocalDateTime.of(1970, 1, 1, 0, 0);
        ZoneOffset first = rules.getOffset(epoch.toInstant(ZoneOffset.UTC));
        VTimeZone zone = new VTimeZone();
        zone.add(new TzId(Time.ZONE.getId()));
        zone.add(observance(new Standard(), epoch, first, first));
        for (ZoneOffsetTransition t : rules.getTransitions()) {
            if (t.getDateTimeBefore().isAfter(epoch)) {
                boolean daylight = rules.isDaylightSavings(t.getInstant());
                zone.add(observance(daylight ? new Daylight() : new Standard(), t.getDateTimeBefore(),
                        t.getOffsetBefore(), t.getOffsetAfter()));
            }
        }
        return zone;
    }

    private static Observance observance(Observance o, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        o.add(new DtStart<>(start));
        o.add(new TzOffsetFrom(from));
        o.add(new TzOffsetTo(to));
        o.add(new TzName(to.getTotalSeconds() % 3600 == 0 ? String.format("%+03d", to.getTotalSeconds() / 3600)
                : to.getId()));
        return o;
    }
}

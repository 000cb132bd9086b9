package org.factline.knowledge.corpus;

import java.util.Objects;

import org.factline.model.Event;

/** Places compared as events need them: the same place, or one inside the other's region. */
final class Places {

    private Places() {
    }

    static boolean compatible(Event.Location a, Event.Location b) {
        return a == null || b == null || same(a, b);
    }

    static boolean same(Event.Location a, Event.Location b) {
        return a.entityId() != null && Objects.equals(a.entityId(), b.entityId()) || inside(a, b) || inside(b, a)
                || a.entityId() == null && Source.fold(a.name()).equals(Source.fold(b.name()));
    }

    /** "Gornal" in "Kursk Oblast": the small place's region, or its country, is the other. */
    static boolean inside(Event.Location small, Event.Location region) {
        if (small.place() == null || region == null) {
            return false;
        }
        return small.place().admin1() != null && small.place().admin1().equals(region.name())
                || region.place() != null && region.place().precision() == org.factline.model.Place.Precision.COUNTRY
                && small.place().country() != null && small.place().country().equals(region.place().country())
                && small.place().precision() != org.factline.model.Place.Precision.COUNTRY;
    }

    /** Two dates that may name the same time: equal, or one within the other ("2025-02" and "2025-02-07"). */
    static boolean compatibleDates(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }
}

package org.factline.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.factline.model.Event;

/**
 * What kind of actor an event's participant is ({@code export/actor-kinds.tsv}): ACLED's actor type ("inter"
 * code: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7
 * civilians, 8 external or other forces; 0 when not told) and CAMEO's actor type code (MIL, GOV, REB, CVL…).
 * Told by the entity (a listed armed group, a country acting) or by words in its name or in the text ("les
 * soldats nord-coréens", "civilians").
 */
final class ActorKinds {

    /** An actor's kind: ACLED's inter code and CAMEO's type code (null for none). */
    record Kind(int inter, String cameo) {
        static final Kind UNKNOWN = new Kind(0, null);
    }

    private record Rule(Kind kind, Set<String> ids, boolean country, Pattern words) {
    }

    private static final ActorKinds STANDARD = new ActorKinds();

    private final List<Rule> rules = new ArrayList<>();

    private ActorKinds() {
        for (DataFile.Row row : DataFile.read("actor-kinds.tsv")) {
            Kind kind = new Kind(Integer.parseInt(row.field(0)), row.field(1).equals("-") ? null : row.field(1));
            String what = row.fields().length > 3 ? row.field(3) : "";
            rules.add(switch (row.field(2)) {
                case "id" -> new Rule(kind, Set.of(what.split(" ")), false, null);
                case "country" -> new Rule(kind, Set.of(), true, null);
                case "words" -> new Rule(kind, Set.of(), false,
                        Pattern.compile(what, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
                default -> throw new IllegalStateException(row.where() + ": match must be id, country or words, not "
                        + row.field(2));
            });
        }
    }

    static ActorKinds standard() {
        return STANDARD;
    }

    /**
     * The kind of an actor.
     *
     * @param isCountry whether the actor is a country (which, acting in an event, is its state)
     */
    Kind of(Event.Actor actor, boolean isCountry) {
        for (Rule r : rules) {
            boolean matches = r.ids().contains(actor.entityId())
                    || r.country() && isCountry
                    || r.words() != null && (found(r.words(), actor.name()) || found(r.words(), actor.text()));
            if (matches) {
                return r.kind();
            }
        }
        return Kind.UNKNOWN;
    }

    private static boolean found(Pattern p, String s) {
        return s != null && p.matcher(s).find();
    }
}

package org.factline.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.LocalIds;
import org.factline.model.Analysis;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Mention;
import org.factline.model.Place;

/**
 * Who is who in one variant of a story: every person gets an invented name, every organisation the knowledge base
 * does not know and the text names by a proper name ("Atlas Hydro Équipement", not "le ministère de l'Intérieur")
 * an invented one, every place another place of the knowledge base as precise
 * (a village for a village, a region for a region, a country for a country). The same entity gets the same new
 * name in every article of the variant, and two entities never get the same. Groups ("nord-coréens") and the
 * organisations the knowledge base knows keep their names.
 */
final class Renaming {

    /** What an entity becomes. */
    sealed interface NewEntity {

        String id();

        /** The canonical name. */
        String name();

        /** How an article in {@code language} writes the whole name. */
        String written(String language);

        Place place();

        boolean known();
    }

    record Person(NamePool.PersonName person) implements NewEntity {

        public String id() {
            return LocalIds.of(EntityType.PERSON, name());
        }

        public String name() {
            return person.full();
        }

        public String written(String language) {
            return name();
        }

        public Place place() {
            return null;
        }

        public boolean known() {
            return false;
        }
    }

    record Organisation(String name) implements NewEntity {

        public String id() {
            return LocalIds.of(EntityType.ORG, name);
        }

        public String written(String language) {
            return name;
        }

        public Place place() {
            return null;
        }

        public boolean known() {
            return false;
        }
    }

    record PlaceOf(KbEntity kb) implements NewEntity {

        public String id() {
            return kb.id();
        }

        public String name() {
            return kb.name();
        }

        public String written(String language) {
            return NamePool.placeName(kb, language);
        }

        public Place place() {
            return kb.place();
        }

        public boolean known() {
            return true;
        }
    }

    private final NamePool pool;
    private final Map<String, NewEntity> byOldId;

    private Renaming(NamePool pool, Map<String, NewEntity> byOldId) {
        this.pool = pool;
        this.byOldId = byOldId;
    }

    /** New names for every entity the articles of a story name, drawn from {@code random}. */
    static Renaming draw(List<Analysis> story, NamePool pool, Random random) {
        Map<String, NewEntity> byOldId = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        // an organisation the text names by its role ("ministère marocain de l'Intérieur") keeps its name
        Set<String> described = new HashSet<>();
        for (Analysis a : story) {
            for (Entity e : a.entities()) {
                taken.add(e.id());
            }
            for (Mention m : a.mentions()) {
                if (m.type() == EntityType.ORG && m.entityId() != null && m.kind() == Mention.Kind.NAME
                        && !properName(m.text(), pool)) {
                    described.add(m.entityId());
                }
            }
        }
        for (Analysis a : story) {
            for (Entity e : a.entities()) {
                if (byOldId.containsKey(e.id()) || described.contains(e.id())) {
                    continue;
                }
                for (int attempt = 0; attempt < 100; attempt++) {
                    NewEntity renamed = draw(e, pool, random);
                    if (renamed == null) {
                        break;
                    }
                    if (taken.add(renamed.id())) {
                        byOldId.put(e.id(), renamed);
                        break;
                    }
                }
            }
        }
        return new Renaming(pool, byOldId);
    }

    private static NewEntity draw(Entity e, NamePool pool, Random random) {
        return switch (e.type()) {
            case PERSON -> new Person(pool.person(random));
            case ORG -> !e.known() && properName(e.name(), pool) ? new Organisation(pool.organisation(random)) : null;
            case GPE, LOC -> new PlaceOf(pool.place(e.place() == null ? Place.Precision.EXACT : e.place().precision(),
                    random));
            case GROUP -> null;
        };
    }

    /** What an entity becomes, or null when it keeps its name. */
    NewEntity of(String oldId) {
        return oldId == null ? null : byOldId.get(oldId);
    }

    /**
     * The words to replace in one article: for each renamed entity, the names its mentions write (a person's full
     * name, surname and given name; a place's proper name without "région de"), and its canonical name.
     */
    Substitution substitution(Analysis a) {
        String language = a.article().language().code();
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Entity e : a.entities()) {
            NewEntity renamed = byOldId.get(e.id());
            if (renamed == null) {
                continue;
            }
            List<String> written = new ArrayList<>();
            for (Mention m : a.mentions()) {
                if (e.id().equals(m.entityId()) && names(e.type(), m.kind())) {
                    written.add(m.text());
                }
            }
            written.add(e.name());
            for (String w : written) {
                switch (renamed) {
                    case Person p -> personPairs(w, p.person(), language, pairs);
                    case Organisation o -> {
                        if (properName(w, pool)) {
                            pairs.putIfAbsent(w, o.name());
                        }
                    }
                    case PlaceOf p -> {
                        String run = trailingProperName(w, pool);
                        if (run != null) {
                            pairs.putIfAbsent(run, p.written(language));
                        }
                    }
                }
            }
        }
        return new Substitution(pairs);
    }

    /** The kinds of mention that write an entity's name (not its role, nationality or capital). */
    private static boolean names(EntityType type, Mention.Kind kind) {
        return kind == Mention.Kind.NAME || type == EntityType.PERSON
                && (kind == Mention.Kind.HONORIFIC || kind == Mention.Kind.SURNAME);
    }

    private void personPairs(String written, NamePool.PersonName person, String language, Map<String, String> pairs) {
        List<String> words = new ArrayList<>(List.of(written.strip().split("\\s+")));
        while (!words.isEmpty() && pool.honorific(words.getFirst(), language)) {
            words.removeFirst();
        }
        if (words.isEmpty() || !properName(String.join(" ", words), pool)) {
            return;
        }
        String surname = words.getLast();
        if (surname.length() > 2) {
            pairs.putIfAbsent(surname, person.surname());
        }
        if (words.size() > 1) {
            pairs.putIfAbsent(String.join(" ", words), person.full());
            String given = String.join(" ", words.subList(0, words.size() - 1));
            if (given.length() > 2) {
                pairs.putIfAbsent(given, person.given());
            }
        }
    }

    /** Whether every word is capitalised, or a particle inside ("Corée du Nord"), the first being capitalised. */
    static boolean properName(String s, NamePool pool) {
        String[] words = s.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !pool.particle(w)) {
                return false;
            }
        }
        return s.strip().length() > 2;
    }

    /** The capitalised words that end a name ("Koursk" of "région frontalière russe de Koursk"), or null. */
    static String trailingProperName(String s, NamePool pool) {
        String[] words = s.strip().split("\\s+");
        int first = words.length;
        while (first > 0 && !words[first - 1].isEmpty()
                && (Character.isUpperCase(words[first - 1].codePointAt(0)) || pool.particle(words[first - 1]))) {
            first--;
        }
        while (first < words.length && !Character.isUpperCase(words[first].codePointAt(0))) {
            first++;
        }
        if (first == words.length) {
            return null;
        }
        String run = String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
        return run.length() > 2 ? run : null;
    }
}

package org.factline.bench.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factline.extract.kb.Alias;
import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.model.EntityType;
import org.factline.model.Place;
import org.factline.model.lang.DataFile;

/**
 * Where new names come from: invented people (a common given name and an invented surname) and organisations
 * (an invented name and what it is: "Kelardi Mining"), from the lists in {@code org/factline/bench/corpus/}; and
 * real places with their coordinates from the knowledge base, so that maps and place containment still work.
 */
final class NamePool {

    private static final String FOLDER = "org/factline/bench/corpus/";

    /** A person's new name. */
    record PersonName(String given, String surname) {

        String full() {
            return given + " " + surname;
        }
    }

    private final List<String> given;
    private final List<String> starts;
    private final List<String> ends;
    private final List<String> kinds;
    private final Map<String, Set<String>> honorifics = new HashMap<>();
    private final Set<String> particles;
    private final Map<Place.Precision, List<KbEntity>> places = new EnumMap<>(Place.Precision.class);

    private NamePool(KnowledgeBase kb) {
        given = words("given-names.txt");
        starts = words("surname-starts.txt");
        ends = words("surname-ends.txt");
        kinds = words("organisation-kinds.txt");
        particles = new HashSet<>(words("name-particles.txt"));
        for (DataFile.Line line : DataFile.lines(FOLDER + "honorifics.tsv")) {
            String[] f = line.fields(2);
            honorifics.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
        }
        for (Place.Precision p : Place.Precision.values()) {
            places.put(p, new ArrayList<>());
        }
        for (KbEntity e : kb.entities()) {
            if (e.place() != null && (e.type() == EntityType.GPE || e.type() == EntityType.LOC)) {
                places.get(e.place().precision()).add(e);
            }
        }
    }

    static NamePool of(KnowledgeBase kb) {
        return new NamePool(kb);
    }

    private static List<String> words(String file) {
        return DataFile.lines(FOLDER + file).stream().map(DataFile.Line::text).toList();
    }

    PersonName person(Random random) {
        return new PersonName(pick(given, random), inventedName(random));
    }

    String organisation(Random random) {
        return inventedName(random) + " " + pick(kinds, random);
    }

    private String inventedName(Random random) {
        return pick(starts, random) + pick(ends, random);
    }

    /** A place of the knowledge base placed as precisely as {@code precision}. */
    KbEntity place(Place.Precision precision, Random random) {
        return pick(places.get(precision), random);
    }

    /** Whether a word comes before a name in {@code language} without being part of it ("M.", "Mrs"). */
    boolean honorific(String word, String language) {
        return honorifics.getOrDefault(language, Set.of()).contains(word);
    }

    /** Whether a lower-case word may stand inside a proper name ("de", "al"). */
    boolean particle(String word) {
        return particles.contains(word);
    }

    /** The name of a place as an article in {@code language} writes it: its name in that language, else its own. */
    static String placeName(KbEntity place, String language) {
        for (Alias a : place.aliases()) {
            if (a.kind() == Alias.Kind.NAME && a.lang().equals(language)) {
                return a.text();
            }
        }
        return place.name();
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}

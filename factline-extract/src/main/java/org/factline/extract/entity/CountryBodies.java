package org.factline.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factline.extract.kb.Alias;
import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.model.EntityType;
import org.factline.model.lang.DataFile;
import org.factline.model.lang.Folding;

/**
 * Names the bodies of a state that the text names by their country rather than by their own name:
 * "Russia's defence ministry", "le ministère malien de la Défense", "l'armée soudanaise", "Taiwan's
 * coast guard". A body the knowledge base knows is that entity (Russia's defence ministry → Russian
 * Ministry of Defence); another gets the name English news would give it ("Malian Defence Ministry"), so
 * that every spelling and language of it comes out the same; a government is its country, as the
 * output contract names governments.
 *
 * <p>The words for each kind of body are data, per language: {@code lang/<code>/bodies.tsv}.
 */
public final class CountryBodies {

    /** A body's name, with the knowledge-base entity when there is one. */
    public record Named(String entityId, String name, EntityType type) {
    }

    private record Body(List<String> englishNames, boolean isCountry) {
    }

    private static final Map<String, Map<String, Body>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final KnowledgeBase kb;
    private final Map<String, KbEntity> organisations = new HashMap<>();
    private final Map<String, KbEntity> countries = new HashMap<>();

    public CountryBodies(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntity e : kb.entities()) {
            if (e.type() == EntityType.ORG) {
                for (String n : e.names("en")) {
                    organisations.putIfAbsent(key(n), e);
                }
            } else if (e.isCountry()) {
                countries.putIfAbsent(key(e.name()), e);
                for (Alias a : e.aliases()) {
                    if (a.kind() != Alias.Kind.DEMONYM) {
                        countries.putIfAbsent(key(a.text()), e);
                    }
                }
            }
        }
    }

    /**
     * The body a phrase names (without its determiner or with it: "the", "le", "l'" are skipped), or empty
     * when the phrase does not name a country and a kind of body of this language with nothing else.
     */
    public Optional<Named> name(String phrase, String lang) {
        Map<String, Body> bodies = bodies(lang);
        if (bodies.isEmpty() || phrase == null || phrase.length() > 120) {
            return Optional.empty();
        }
        List<String> words = words(phrase);
        while (!words.isEmpty() && DETERMINERS.contains(words.getFirst())) {
            words.removeFirst();
        }
        if (words.size() < 2) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            // "Russia's defence ministry", "South Korea's coast guard"
            if (words.get(i).endsWith("'s")) {
                List<String> own = new ArrayList<>(words.subList(0, i + 1));
                own.set(i, own.get(i).substring(0, own.get(i).length() - 2));
                KbEntity country = countries.get(String.join(" ", own));
                if (country != null) {
                    return body(bodies, country, words.subList(i + 1, words.size()));
                }
            }
            // "the Russian army", "le ministère malien de la Défense", "les autorités chinoises"
            Optional<KbEntity> byDemonym = kb.countryByDemonym(words.get(i), lang);
            if (byDemonym.isPresent() && byDemonym.get().country() != null) {
                Optional<KbEntity> country = kb.country(byDemonym.get().country());
                if (country.isPresent()) {
                    List<String> rest = new ArrayList<>(words);
                    rest.remove(i);
                    return body(bodies, country.get(), rest);
                }
            }
        }
        // "the defence ministry of Mali", "l'armée du Mali", "les autorités de la Russie"
        for (int k = 1; k <= 3 && k < words.size(); k++) {
            KbEntity country = countries.get(String.join(" ", words.subList(words.size() - k, words.size())));
            if (country != null) {
                List<String> rest = new ArrayList<>(words.subList(0, words.size() - k));
                while (!rest.isEmpty() && LINKS.contains(rest.getLast())) {
                    rest.removeLast();
                }
                return body(bodies, country, rest);
            }
        }
        return Optional.empty();
    }

    private Optional<Named> body(Map<String, Body> bodies, KbEntity country, List<String> rest) {
        Body body = bodies.get(String.join(" ", rest));
        if (body == null) {
            return Optional.empty();
        }
        if (body.isCountry()) {
            return Optional.of(new Named(country.id(), country.name(), EntityType.GPE));
        }
        String adjective = adjective(country);
        for (String english : body.englishNames()) {
            KbEntity known = organisations.get(key(adjective + " " + english));
            if (known != null) {
                return Optional.of(new Named(known.id(), known.name(), EntityType.ORG));
            }
        }
        return Optional.of(new Named(null, adjective + " " + body.englishNames().getFirst(), EntityType.ORG));
    }

    /**
     * "Malian" for Mali: the English adjective of its people, else the country's name. Of several, the shortest of
     * those that begin as the country's name does (four letters in common): "Kyrgyz" for Kyrgyzstan rather than the
     * older "Kirghiz", "Tajik" rather than "Tadzhik", "Uzbek" rather than "Uzbekistani", the singular before its
     * plural; else the first ("American" for the United States).
     */
    private String adjective(KbEntity country) {
        Optional<KbEntity> group = country.country() == null ? Optional.empty() : kb.group(country.country());
        String name = Folding.fold(country.name());
        int common = Math.min(ADJECTIVE_PREFIX, name.length());
        String first = null;
        String best = null;
        for (Alias a : group.map(KbEntity::aliases).orElse(List.of())) {
            if (a.kind() == Alias.Kind.DEMONYM && a.lang().equals("en")) {
                first = first == null ? a.text() : first;
                String form = Folding.fold(a.text());
                if (form.length() >= common && form.regionMatches(0, name, 0, common)
                        && (best == null || a.text().length() < best.length())) {
                    best = a.text();
                }
            }
        }
        return best != null ? best : first != null ? first : country.name();
    }

    /** Letters an adjective has in common with the start of its country's name to be taken as made from it. */
    private static final int ADJECTIVE_PREFIX = 4;

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "le", "la", "l'", "les");
    private static final java.util.Set<String> LINKS = java.util.Set.of("of", "de", "du", "des", "d'", "la", "l'", "le");

    /** Folded words; an elided article stays a word of its own ("l'armée" → "l'", "armee"). */
    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : key(phrase).split(" ")) {
            int apostrophe = w.indexOf('\'');
            if (apostrophe > 0 && apostrophe < w.length() - 1 && !w.endsWith("'s")) {
                out.add(w.substring(0, apostrophe + 1));
                out.add(w.substring(apostrophe + 1));
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String key(String s) {
        return Folding.fold(s).replaceAll("[^\\p{L}\\p{N}' -]", " ").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Body> bodies(String lang) {
        return BY_LANGUAGE.computeIfAbsent(lang, CountryBodies::read);
    }

    private static Map<String, Body> read(String lang) {
        List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + lang + "/bodies.tsv");
        if (lines == null) {
            return Map.of();
        }
        Map<String, Body> out = new HashMap<>();
        for (DataFile.Line line : lines) {
            String[] f = line.fields(2);
            boolean country = f[0].strip().equals("=country");
            List<String> english = country ? List.of() : List.of(f[0].strip().split("\\|"));
            for (String form : f[1].split("\\|")) {
                String k = String.join(" ", words(form));
                if (k.isEmpty() || out.put(k, new Body(english, country)) != null) {
                    throw line.malformed("empty or repeated form '" + form + "'");
                }
            }
        }
        return Map.copyOf(out);
    }
}

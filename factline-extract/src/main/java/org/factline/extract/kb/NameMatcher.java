package org.factline.extract.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;
import org.factline.model.EntityType;

/**
 * Ranks the knowledge-base entities a name may refer to, in tiers from strict to loose: the alias exactly,
 * the alias folded, the same {@link TransliterationKey} in another language's spelling, a surname or short
 * name alone, and last a one-letter near miss that Beider–Morse confirms sounds alike.
 *
 * <p>Types constrain every tier: a person never matches a place. Keys compare whole names, so people who
 * share a family or given name stay apart (Kim Jong-un, Kim Jong-il and Kim Yo-jong; Ali Khamenei and Ali
 * Larijani); a surname alone matches only persons whose short name or last word it is, and {@link #best}
 * refuses to choose between two persons it fits equally ("Kim" picks no one).
 */
public final class NameMatcher {

    private record Ref(KbEntity entity, String alias, boolean shortName) {
    }

    private final Map<String, List<Ref>> exact = new HashMap<>();
    private final Map<String, List<Ref>> folded = new HashMap<>();
    private final Map<String, List<Ref>> keys = new HashMap<>();
    private final Map<String, List<Ref>> surnames = new HashMap<>();
    private final Map<String, List<Ref>> nearKeys = new HashMap<>();

    /** An alias with its index keys, computed in parallel (keys are pure functions of the text). */
    private record Keyed(KbEntity entity, Alias alias, String text, String key, String lastWord, String lastKey) {

        static Keyed of(KbEntity e, Alias a) {
            String text = spaced(a.text());
            boolean keyed = a.kind() != Alias.Kind.DEMONYM && a.kind() != Alias.Kind.ABBREVIATION
                    // romanising every Cyrillic alias up front would slow loading by seconds: keyed when asked
                    && TransliterationKey.isLatin(text);
            String key = keyed ? TransliterationKey.of(text, a.lang()) : null;
            int space = text.lastIndexOf(' ');
            boolean person = keyed && e.type() == EntityType.PERSON && a.kind() == Alias.Kind.NAME && space > 0;
            String last = person ? text.substring(space + 1) : null;
            return new Keyed(e, a, text, key, last, person ? TransliterationKey.of(last, a.lang()) : null);
        }
    }

    NameMatcher(Collection<KbEntity> entities) {
        List<Keyed> all = entities.parallelStream()
                .flatMap(e -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(new Alias(e.name(), "en", Alias.Kind.NAME)), e.aliases().stream())
                        .map(a -> Keyed.of(e, a)))
                .toList();
        all.forEach(this::index);
    }

    private void index(Keyed k) {
        KbEntity e = k.entity();
        Alias a = k.alias();
        if (a.kind() == Alias.Kind.DEMONYM) {
            put(folded, Folding.lower(k.text()), new Ref(e, a.text(), false));
            return;
        }
        Ref ref = new Ref(e, a.text(), a.kind() == Alias.Kind.SHORT);
        put(exact, k.text(), ref);
        if (a.kind() == Alias.Kind.ABBREVIATION) {
            return;
        }
        put(folded, Folding.lower(k.text()), ref);
        if (k.key() == null || k.key().length() < 2) {
            return;
        }
        if (a.kind() == Alias.Kind.SHORT) {
            putShort(surnames, k.key(), ref);
            return;
        }
        put(keys, k.key(), ref);
        if (e.type() == EntityType.PERSON) {
            put(nearKeys, TransliterationKey.consonants(k.key()), ref);
        }
        if (k.lastKey() != null) {
            put(surnames, k.lastKey(), new Ref(e, k.lastWord(), false));
        }
    }

    /** Adds a short name, which outranks a last word derived from the full name of the same entity. */
    private static void putShort(Map<String, List<Ref>> index, String key, Ref ref) {
        List<Ref> refs = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        refs.removeIf(r -> r.entity() == ref.entity() && !r.shortName());
        put(index, key, ref);
    }

    private static void put(Map<String, List<Ref>> index, String key, Ref ref) {
        List<Ref> refs = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (refs.stream().noneMatch(r -> r.entity() == ref.entity())) {
            refs.add(ref);
        }
    }

    /**
     * The entities {@code surface} may name, best first. {@code type} (null for any) constrains candidates;
     * {@code lang} is the language of the text it comes from.
     */
    public List<NameCandidate> match(String surface, EntityType type, String lang) {
        String text = spaced(surface);
        Map<KbEntity, NameCandidate> found = new LinkedHashMap<>();
        collect(found, exact.get(text), NameCandidate.How.EXACT, 1.0, type);
        collect(found, folded.get(Folding.lower(text)), NameCandidate.How.FOLDED, 0.95, type);
        found.replaceAll((e, c) -> c.how() != NameCandidate.How.SURNAME && isShort(e, c.alias())
                ? new NameCandidate(e, c.score() * 0.8, NameCandidate.How.SURNAME, c.alias()) : c);
        if (type == EntityType.GROUP) {
            return ranked(found);
        }
        Set<String> preferred = new HashSet<>(List.of(TransliterationKey.of(text, lang), TransliterationKey.of(text, "en")));
        for (String key : TransliterationKey.all(text)) {
            double score = preferred.contains(key) ? 0.9 : 0.85;
            collect(found, keys.get(key), NameCandidate.How.TRANSLITERATION, score, type);
        }
        if (!text.contains(" ") && (type == null || type == EntityType.PERSON)) {
            for (String key : new HashSet<>(TransliterationKey.all(text))) {
                for (Ref r : surnames.getOrDefault(key, List.of())) {
                    double score = r.shortName() ? 0.7 : 0.6;
                    collect(found, List.of(r), NameCandidate.How.SURNAME, score, type);
                }
            }
        }
        if (found.isEmpty() && (type == null || type == EntityType.PERSON)) {
            nearMisses(found, text, type);
        }
        return ranked(found);
    }

    /**
     * The one entity {@code surface} names, if the matcher can tell: empty when nothing matches or when two
     * entities fit equally well, unless they are places, which the larger one wins (Donetsk, Ukraine over
     * Donetsk, Rostov Oblast).
     */
    public Optional<NameCandidate> best(String surface, EntityType type, String lang) {
        List<NameCandidate> all = match(surface, type, lang);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        NameCandidate top = all.getFirst();
        if (all.size() > 1 && all.get(1).score() >= top.score()) {
            boolean place = top.entity().type() == EntityType.GPE || top.entity().type() == EntityType.LOC;
            if (!place || all.get(1).entity().prominence() >= top.entity().prominence()) {
                return Optional.empty();
            }
        }
        return Optional.of(top);
    }

    /**
     * Whether two names, of entities the knowledge base may not know, are spellings of one name: equal once
     * folded, or with a common {@link TransliterationKey} ("Valéri Guérassimov" and "Valery Gerasimov").
     */
    public static boolean sameName(String a, String b) {
        if (Folding.lower(spaced(a)).equals(Folding.lower(spaced(b)))) {
            return true;
        }
        Set<String> keysOfA = TransliterationKey.all(spaced(a));
        return TransliterationKey.all(spaced(b)).stream().anyMatch(k -> k.length() > 1 && keysOfA.contains(k));
    }

    /** Whether {@code alias} is one of the entity's short names (a surname alone), not a full name. */
    private static boolean isShort(KbEntity e, String alias) {
        return !alias.equals(e.name()) && e.aliases().stream()
                .noneMatch(a -> a.kind() != Alias.Kind.SHORT && a.text().equals(alias));
    }

    private void nearMisses(Map<KbEntity, NameCandidate> found, String text, EntityType type) {
        for (String key : TransliterationKey.all(text)) {
            if (key.length() < 6) {
                continue;
            }
            for (Ref r : nearKeys.getOrDefault(TransliterationKey.consonants(key), List.of())) {
                String other = TransliterationKey.of(r.alias(), "en");
                if (editDistance(key, other) <= 1 && soundAlike(text, r.alias())) {
                    collect(found, List.of(r), NameCandidate.How.PHONETIC, 0.75, type);
                }
            }
        }
    }

    private static boolean soundAlike(String a, String b) {
        BeiderMorseEncoder bm = new BeiderMorseEncoder();
        bm.setNameType(NameType.GENERIC);
        bm.setRuleType(RuleType.APPROX);
        try {
            Set<String> codesOfA = new HashSet<>(Arrays.asList(bm.encode(Folding.lower(a)).split("\\|")));
            return Arrays.stream(bm.encode(Folding.lower(b)).split("\\|")).anyMatch(codesOfA::contains);
        } catch (EncoderException e) {
            return false;
        }
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static void collect(Map<KbEntity, NameCandidate> found, List<Ref> refs, NameCandidate.How how,
            double score, EntityType type) {
        if (refs == null) {
            return;
        }
        for (Ref r : refs) {
            double fit = typeFit(type, r.entity().type());
            NameCandidate c = new NameCandidate(r.entity(), score * fit, how, r.alias());
            NameCandidate known = found.get(r.entity());
            if (fit > 0 && (known == null || known.score() < c.score())) {
                found.put(r.entity(), c);
            }
        }
    }

    /** How well an entity's type fits the type asked for: places of either kind and countries acting as organisations fit in part. */
    static double typeFit(EntityType asked, EntityType actual) {
        if (asked == null || asked == actual) {
            return 1.0;
        }
        return switch (asked) {
            case GPE, LOC -> actual == EntityType.GPE || actual == EntityType.LOC ? 0.9 : 0.0;
            case ORG -> actual == EntityType.GPE ? 0.8 : 0.0;
            case PERSON, GROUP -> 0.0;
        };
    }

    private static List<NameCandidate> ranked(Map<KbEntity, NameCandidate> found) {
        return found.values().stream()
                .sorted(Comparator.comparingDouble(NameCandidate::score).reversed()
                        .thenComparing(c -> -c.entity().prominence())
                        .thenComparing(c -> c.entity().id()))
                .toList();
    }

    /** Text with typographic apostrophes and runs of spaces made plain. */
    static String spaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c == '’' || c == 'ʼ' ? '\'' : c);
        }
        return b.toString();
    }
}

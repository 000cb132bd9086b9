package org.factline.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.factline.model.Quantity.Qualifier;
import org.factline.model.lang.DataFile;

/**
 * The words of figures of one language, read from {@code lang/<code>/quantities/}: words of number
 * ({@code numbers.tsv}), qualifiers ({@code qualifiers.tsv}), units and the nouns that count people
 * ({@code units.tsv}), and the words around a number that tell whether it is a figure and who gives it
 * ({@code context.tsv}). Each file documents its format in its header. Forms are compared in lower case
 * with ’ read as ', except the abbreviated multipliers ("M", "m", "bn"), where case tells them apart.
 */
public final class QuantityLexicon {

    /** A word of number: its kind and value, and for an abbreviation whether it needs a currency. */
    record NumberWord(Kind kind, double value, boolean money) {
    }

    enum Kind { WORD, SCALE, SUFFIX, APPROX, MAGNITUDE, FRACTION }

    enum Place { BEFORE, AFTER }

    /** A qualifier form. */
    record QualifierWord(String form, Qualifier qualifier, boolean approx, Place place) {
    }

    /** A unit form written next to the number. */
    record UnitWord(String form, String unit, Place place) {
    }

    private static final Map<String, Optional<QuantityLexicon>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String language;
    private final Map<Kind, Map<String, NumberWord>> numbers = new HashMap<>();
    private final Map<String, NumberWord> suffixes = new HashMap<>();
    private Set<String> articles = Set.of();
    private Set<String> connectors = Set.of();
    private Set<String> vague = Set.of();
    private Set<String> of = Set.of();
    private Set<String> range = Set.of();
    private Set<String> between = Set.of();
    private final List<QualifierWord> qualifiers = new ArrayList<>();
    private final List<UnitWord> units = new ArrayList<>();
    private final Map<String, String> countedNouns = new HashMap<>();
    private Pattern estimate = Pattern.compile("(?!)");
    private Pattern peopleVerbs = Pattern.compile("(?!)");
    private Pattern participle = Pattern.compile("(?!)");
    private Pattern reporting = Pattern.compile("(?!)");
    private Set<String> containers = Set.of();
    private Set<String> timeNouns = Set.of();
    private Set<String> age = Set.of();
    private Set<String> identifiers = Set.of();
    private Set<String> anaphoric = Set.of();
    private List<String> attribution = List.of();

    /** The lexicon of a language, or empty when Factline has none for it. */
    public static Optional<QuantityLexicon> forLanguage(String code) {
        return BY_LANGUAGE.computeIfAbsent(code, c -> {
            String dir = "lang/" + c + "/quantities/";
            List<DataFile.Line> numbers = DataFile.linesIfPresent(dir + "numbers.tsv");
            if (numbers == null) {
                return Optional.empty();
            }
            return Optional.of(new QuantityLexicon(c, numbers, DataFile.lines(dir + "qualifiers.tsv"),
                    DataFile.lines(dir + "units.tsv"), DataFile.lines(dir + "context.tsv")));
        });
    }

    QuantityLexicon(String language, List<DataFile.Line> numberLines, List<DataFile.Line> qualifierLines,
                    List<DataFile.Line> unitLines, List<DataFile.Line> contextLines) {
        this.language = language;
        for (Kind k : Kind.values()) {
            numbers.put(k, new HashMap<>());
        }
        numberLines.forEach(this::number);
        qualifierLines.forEach(this::qualifier);
        unitLines.forEach(this::unit);
        contextLines.forEach(this::context);
        // longest form first: "plus de" before "plus", "NZ$" before "$"
        qualifiers.sort(Comparator.comparingInt((QualifierWord q) -> q.form().length()).reversed());
        units.sort(Comparator.comparingInt((UnitWord u) -> u.form().length()).reversed());
    }

    private void number(DataFile.Line line) {
        if (line.text().startsWith("@")) {
            String[] d = directive(line);
            Set<String> words = words(d[1]);
            switch (d[0]) {
                case "article" -> articles = words;
                case "connector" -> connectors = words;
                case "vague" -> vague = words;
                case "of" -> of = words;
                case "range" -> range = words;
                case "between" -> between = words;
                default -> throw line.malformed("unknown directive @" + d[0]);
            }
            return;
        }
        String[] f = line.text().split("\t");
        if (f.length < 3 || f.length > 4) {
            throw line.malformed("expected KIND, VALUE, forms and an optional flag separated by tabs");
        }
        Kind kind = parse(Kind.class, f[0], line, "kind");
        double value;
        try {
            value = Double.parseDouble(f[1].trim());
        } catch (NumberFormatException e) {
            throw line.malformed("the value '" + f[1] + "' is not a number");
        }
        boolean money = f.length == 4 && f[3].trim().equals("money");
        if (f.length == 4 && !money) {
            throw line.malformed("unknown flag '" + f[3] + "' (money)");
        }
        for (String form : f[2].split("\\|")) {
            NumberWord w = new NumberWord(kind, value, money);
            if (kind == Kind.SUFFIX) {
                suffixes.merge(form.trim(), w, (a, b) -> a.money() ? b : a);
            } else {
                numbers.get(kind).put(lower(form.trim()), w);
            }
        }
    }

    private void qualifier(DataFile.Line line) {
        String[] f = line.fields(4);
        Qualifier q = parse(Qualifier.class, f[0], line, "qualifier");
        boolean approx = switch (f[1].trim()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw line.malformed("APPROX is yes or no");
        };
        Place place = parse(Place.class, f[2], line, "place");
        for (String form : f[3].split("\\|")) {
            qualifiers.add(new QualifierWord(lower(form.trim()), q, approx, place));
        }
    }

    private void unit(DataFile.Line line) {
        String[] f = line.fields(3);
        String unit = f[0].trim();
        String place = f[1].trim();
        for (String form : f[2].split("\\|")) {
            String w = form.trim();
            switch (place) {
                case "noun" -> countedNouns.put(lower(w), unit);
                case "before" -> units.add(new UnitWord(w, unit, Place.BEFORE));
                case "after" -> units.add(new UnitWord(w, unit, Place.AFTER));
                default -> throw line.malformed("PLACE is before, after or noun");
            }
        }
    }

    private void context(DataFile.Line line) {
        if (!line.text().startsWith("@")) {
            throw line.malformed("context.tsv holds directives only");
        }
        String[] d = directive(line);
        switch (d[0]) {
            case "estimate" -> estimate = regex(d[1], line);
            case "people_verbs" -> peopleVerbs = regex(d[1], line);
            case "participle" -> participle = regex(d[1], line);
            case "reporting" -> reporting = regex(d[1], line);
            case "container" -> containers = words(d[1]);
            case "time_nouns" -> timeNouns = words(d[1]);
            case "age" -> age = words(d[1]);
            case "identifier" -> identifiers = words(d[1]);
            case "anaphoric" -> anaphoric = words(d[1]);
            case "attribution" -> attribution = List.of(lower(d[1]).split("\\s*\\|\\s*"));
            default -> throw line.malformed("unknown directive @" + d[0]);
        }
    }

    private static String[] directive(DataFile.Line line) {
        int eq = line.text().indexOf('=');
        if (eq < 0) {
            throw line.malformed("a directive needs '='");
        }
        return new String[] {line.text().substring(1, eq).trim(), line.text().substring(eq + 1).trim()};
    }

    private static Pattern regex(String value, DataFile.Line line) {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw line.malformed("bad regular expression: " + e.getDescription());
        }
    }

    private static Set<String> words(String value) {
        Set<String> out = new HashSet<>();
        for (String w : value.split("[\\s|]+")) {
            if (!w.isBlank()) {
                out.add(lower(w));
            }
        }
        return Set.copyOf(out);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, DataFile.Line line, String what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.malformed("unknown " + what + " '" + value + "'");
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    String language() {
        return language;
    }

    /** The word of number of a kind that a lower-case word is, or null. */
    NumberWord number(Kind kind, String word) {
        return numbers.get(kind).get(lower(word));
    }

    NumberWord suffix(String form) {
        return suffixes.get(form);
    }

    boolean isArticle(String word) {
        return articles.contains(lower(word));
    }

    boolean isConnector(String word) {
        return connectors.contains(lower(word));
    }

    boolean isVague(String word) {
        return vague.contains(lower(word));
    }

    boolean isOf(String word) {
        return of.contains(lower(word));
    }

    boolean isRange(String word) {
        return range.contains(lower(word));
    }

    boolean isBetween(String word) {
        return between.contains(lower(word));
    }

    /** Qualifier forms, longest first. */
    List<QualifierWord> qualifiers() {
        return qualifiers;
    }

    /** Unit forms written next to numbers, longest first. */
    List<UnitWord> units() {
        return units;
    }

    /**
     * The unit a counted noun stands for ({@code persons} for "soldats", "civilians"), trying the word as
     * written, its lemma, and the word without a plural ending; or null.
     */
    String countedNounUnit(String word, String lemma) {
        for (String w : new String[] {word, lemma}) {
            if (w == null) {
                continue;
            }
            String l = lower(w);
            String u = countedNouns.get(l);
            if (u == null && l.length() > 3 && (l.endsWith("s") || l.endsWith("x"))) {
                u = countedNouns.get(l.substring(0, l.length() - 1));
            }
            if (u == null && l.length() > 4 && l.endsWith("es")) {
                u = countedNouns.get(l.substring(0, l.length() - 2));
            }
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    boolean isEstimate(String word, String lemma) {
        return matches(estimate, word, lemma);
    }

    boolean isPeopleVerb(String word, String lemma) {
        return matches(peopleVerbs, word, lemma);
    }

    boolean isReporting(String word, String lemma) {
        return matches(reporting, word, lemma);
    }

    /** Whether the word or, when known, its lemma matches a pattern of the lexicon. */
    private static boolean matches(Pattern pattern, String word, String lemma) {
        return pattern.matcher(lower(word)).matches() || lemma != null && pattern.matcher(lower(lemma)).matches();
    }

    boolean isTimeNoun(String word) {
        return timeNouns.contains(lower(word));
    }

    boolean isAge(String word) {
        return age.contains(lower(word));
    }

    boolean isContainer(String word) {
        return containers.contains(lower(word));
    }

    boolean isParticiple(String word) {
        return participle.matcher(lower(word)).matches();
    }

    boolean isIdentifier(String word) {
        return identifiers.contains(lower(word));
    }

    /** The prepositions of attribution, lower case. */
    List<String> attributionForms() {
        return attribution;
    }

    /** Whether a claim's cue is a preposition of attribution ("selon", "according to"). */
    boolean isAttribution(String cue) {
        if (cue == null) {
            return false;
        }
        String c = lower(cue.strip());
        return attribution.stream().anyMatch(a -> c.equals(a) || c.startsWith(a + " "));
    }

    boolean isAnaphoric(String word) {
        return anaphoric.contains(lower(word));
    }
}

package org.factline.extract.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.factline.model.Claim;
import org.factline.model.Token;
import org.factline.extract.nlp.Inflections;
import org.factline.model.lang.DataFile;

/**
 * The words of reported speech of one language ({@code lang/<code>/claims/cues.tsv}): reporting verbs
 * with their stance, nominal cues, prepositions of attribution ("selon", "according to"), channels
 * ("dans un communiqué"), and the small closed classes the extractor needs (negation, subject pronouns,
 * relative pronouns). Forms are compared in lower case.
 */
final class ClaimLexicon {

    enum Kind { VERB, NOUN, PREP, CHANNEL }

    /** A cue: what kind of word it is, what it does with its content, and what its object is. */
    record Cue(Kind kind, Claim.Stance stance, boolean objectIsContent, boolean objectIsAddressee) {
    }

    private static final Map<String, Optional<ClaimLexicon>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, Cue> verbs = new HashMap<>();
    private final Map<String, Cue> nouns = new HashMap<>();
    private final Set<String> channels = new HashSet<>();
    /** Multi-word and single-word prepositions, longest first, as lower-case word sequences. */
    private final Map<String, Cue> preps = new LinkedHashMap<>();
    private Set<String> negation = Set.of();
    private Set<String> pronouns = Set.of();
    private Set<String> relatives = Set.of();
    private Set<String> continuation = Set.of();
    private Set<String> sources = Set.of();
    private Set<String> anaphoric = Set.of();
    private Pattern imperfective = Pattern.compile("(?!)");

    /** The lexicon of a language, or empty when Factline has none for it. */
    static Optional<ClaimLexicon> forLanguage(String code) {
        return BY_LANGUAGE.computeIfAbsent(code, c -> {
            String resource = "lang/" + c + "/claims/cues.tsv";
            List<DataFile.Line> lines = DataFile.linesIfPresent(resource);
            return lines == null ? Optional.empty() : Optional.of(new ClaimLexicon(lines, Inflections.forLanguage(c)));
        });
    }

    ClaimLexicon(List<DataFile.Line> lines, Inflections inflections) {
        for (DataFile.Line line : lines) {
            String text = line.text();
            if (text.startsWith("@")) {
                directive(line);
                continue;
            }
            String[] f = text.split("\t");
            if (f.length < 3 || f.length > 4) {
                throw line.malformed("expected KIND, STANCE, forms and optional flags separated by tabs");
            }
            Kind kind = parse(Kind.class, f[0], line, "kind");
            Claim.Stance stance = kind == Kind.CHANNEL ? Claim.Stance.ASSERT : parse(Claim.Stance.class, f[1], line, "stance");
            Set<String> flags = f.length == 4 ? Set.of(f[3].trim().split("\\s*,\\s*|\\s+")) : Set.of();
            for (String flag : flags) {
                if (!flag.equals("object") && !flag.equals("addressee")) {
                    throw line.malformed("unknown flag '" + flag + "' (object, addressee)");
                }
            }
            Cue cue = new Cue(kind, stance, flags.contains("object"), flags.contains("addressee"));
            String[] forms = f[2].split("\\|");
            switch (kind) {
                case VERB -> {
                    for (String form : inflections.expand(forms)) {
                        verbs.put(form, cue);
                    }
                }
                case NOUN -> {
                    for (String form : forms) {
                        nouns.put(lower(form), cue);
                    }
                }
                case CHANNEL -> {
                    for (String form : forms) {
                        channels.add(lower(form));
                    }
                }
                case PREP -> {
                    for (String form : forms) {
                        preps.put(lower(form), cue);
                    }
                }
            }
        }
    }

    private void directive(DataFile.Line line) {
        String text = line.text();
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw line.malformed("a directive needs '='");
        }
        String name = text.substring(1, eq).trim();
        String value = text.substring(eq + 1).trim();
        List<String> words = List.of(value.split("\\s+"));
        switch (name) {
            case "imperfective" -> {
                try {
                    imperfective = Pattern.compile(value);
                } catch (PatternSyntaxException e) {
                    throw line.malformed("bad regular expression: " + e.getDescription());
                }
            }
            case "negation" -> negation = lowerSet(words);
            case "pronoun" -> pronouns = lowerSet(words);
            case "relative" -> relatives = lowerSet(words);
            case "continuation" -> continuation = lowerSet(words);
            case "source" -> sources = lowerSet(words);
            case "anaphoric" -> anaphoric = lowerSet(words);
            default -> throw line.malformed("unknown directive @" + name);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, DataFile.Line line, String what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.malformed("unknown " + what + " '" + value + "'");
        }
    }

    private static Set<String> lowerSet(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(lower(w)));
        return Set.copyOf(out);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The verb cue a token is, by its form or its lemma. */
    Optional<Cue> verb(Token t) {
        if (!t.pos().equals("VERB") && !t.pos().equals("AUX") && !t.pos().equals("NOUN")) {
            return Optional.empty();
        }
        Cue c = verbs.get(lower(t.text()));
        if (c == null) {
            c = verbs.get(lower(t.lemma()));
        }
        return Optional.ofNullable(c);
    }

    Optional<Cue> noun(Token t) {
        return t.pos().equals("NOUN") ? Optional.ofNullable(nouns.get(lower(t.text()))) : Optional.empty();
    }

    boolean isChannel(Token t) {
        return channels.contains(lower(t.text())) || channels.contains(lower(t.lemma()));
    }

    /**
     * The preposition of attribution that starts at {@code offset} of {@code text}, the longest one where
     * several do ("d'après" rather than "après"), followed by something other than a letter.
     */
    Optional<Cue> prepAt(String text, int offset) {
        String rest = lower(text.substring(offset, Math.min(text.length(), offset + 24)));
        Cue best = null;
        int bestLength = 0;
        for (Map.Entry<String, Cue> e : preps.entrySet()) {
            String p = e.getKey();
            if (rest.startsWith(p) && (rest.length() == p.length() || !Character.isLetter(rest.charAt(p.length())))
                    && p.length() > bestLength) {
                best = e.getValue();
                bestLength = p.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The prepositions of attribution, as lower-case word sequences ("according to", "d'après"). */
    Map<String, Cue> preps() {
        return preps;
    }

    boolean isNegation(Token t) {
        return negation.contains(lower(t.text()));
    }

    boolean isPronoun(Token t) {
        return pronouns.contains(lower(t.text()));
    }

    boolean isRelative(Token t) {
        return relatives.contains(lower(t.text()));
    }

    boolean isContinuation(Token t) {
        return continuation.contains(lower(t.text()));
    }

    /**
     * Whether a definite noun of this kind refers back to the organisation named before ("l'entreprise",
     * "la direction", "the company") rather than to a body of its own ("la police", "the government").
     */
    boolean isAnaphoric(Token t) {
        return anaphoric.contains(lower(t.text())) || anaphoric.contains(lower(t.lemma()));
    }

    /** Whether a noun names people or a body that may speak without a name ("source", "officials"). */
    boolean isSourceNoun(Token t) {
        return sources.contains(lower(t.text())) || sources.contains(lower(t.lemma()));
    }

    boolean isImperfective(String form) {
        return imperfective.matcher(lower(form)).matches();
    }
}

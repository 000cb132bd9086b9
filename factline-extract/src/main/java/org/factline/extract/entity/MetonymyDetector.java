package org.factline.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.factline.model.Analysis;
import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.model.lang.DataFile;

/**
 * Tells when a capital or seat of power stands for its government: as the subject of a verb ("Kiev a
 * affirmé", "Seoul said"), the agent of a passive ("envoyé par Pyongyang"), a source ("selon Moscou",
 * "according to Kyiv"), a possessor ("Moscow's denial") or the complement of a noun of actors or
 * statements ("les soldats du Pyongyang", "la confirmation de Moscou"). A place is a place otherwise
 * ("près de Moscou", "in Kyiv"). The words are per language ({@code lang/<code>/metonymy.tsv}).
 */
final class MetonymyDetector {

    private record Words(Set<String> cases, Set<String> heads) {
    }

    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj", "obl:agent", "nmod:agent");

    private final Map<String, Words> words = new ConcurrentHashMap<>();

    boolean actsAsGovernment(Analysis analysis, Span mention, String lang) {
        List<Token> tokens = analysis.tokens();
        Token head = headOf(tokens, mention);
        if (head == null) {
            return false;
        }
        // "Moscou et Pyongyang avaient refusé": the second conjunct plays the first one's part.
        while (head.relation().equals("conj") && head.head() >= 0) {
            head = tokens.get(head.head());
        }
        Words w = words.computeIfAbsent(lang, MetonymyDetector::load);
        if (SUBJECT_RELATIONS.contains(head.relation()) || head.relation().equals("nmod:poss")) {
            return true;
        }
        for (Token t : tokens) {
            if (t.head() == head.index() && t.relation().equals("case")) {
                String c = t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
                if (w.cases().contains(c)) {
                    return true;
                }
                if ((c.equals("de") || c.equals("du") || c.equals("d'") || c.equals("of")) && head.head() >= 0) {
                    Token governor = tokens.get(head.head());
                    if (w.heads().contains(governor.text().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The token of the mention whose head lies outside it: the mention's syntactic head. */
    private static Token headOf(List<Token> tokens, Span mention) {
        Token found = null;
        for (Token t : tokens) {
            if (mention.contains(t.span())) {
                boolean headOutside = t.head() < 0 || !mention.contains(tokens.get(t.head()).span());
                if (headOutside) {
                    found = t;
                }
            }
        }
        return found;
    }

    private static Words load(String lang) {
        Set<String> cases = new HashSet<>();
        Set<String> heads = new HashSet<>();
        List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + lang + "/metonymy.tsv");
        for (DataFile.Line line : lines == null ? List.<DataFile.Line>of() : lines) {
            String[] f = line.fields(2);
            Set<String> target = switch (f[0]) {
                case "case" -> cases;
                case "head" -> heads;
                default -> throw line.malformed("kind must be case or head");
            };
            for (String word : f[1].split("\\|")) {
                target.add(word.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new Words(Set.copyOf(cases), Set.copyOf(heads));
    }
}

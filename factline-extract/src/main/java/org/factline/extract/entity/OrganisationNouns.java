package org.factline.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.factline.model.Analysis;
import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.model.lang.DataFile;
import org.factline.model.lang.Folding;

/**
 * Whether a name follows a noun that makes it an organisation's ("le groupe minier Kestrel Resources",
 * "the carrier Aerolis"): the statistical tagger takes many unknown companies for people or places, and
 * the noun before the name says otherwise. The nouns are data: {@code lang/<code>/organisation-nouns.txt}.
 */
final class OrganisationNouns {

    private static final Map<String, Set<String>> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** Adjectives allowed between the noun and the name: "le groupe minier", "the Dutch carrier". */
    private static final int MAX_ADJECTIVES = 2;

    private OrganisationNouns() {
    }

    /** Whether the words right before {@code name} are an organisation noun and its adjectives. */
    static boolean precede(Analysis analysis, Span name) {
        Set<String> nouns = BY_LANGUAGE.computeIfAbsent(analysis.article().language().code(), OrganisationNouns::read);
        if (nouns.isEmpty()) {
            return false;
        }
        List<Token> tokens = analysis.tokens();
        int first = -1;
        for (Token t : tokens) {
            if (t.span().start() == name.start()) {
                first = t.index();
                break;
            }
        }
        // back over adjectives and bare noun complements: "le groupe minier", "l'agence de notation",
        // "le groupe de travaux publics"
        int adjectives = 0;
        for (int i = first - 1; i >= 0 && first - i <= 6 && tokens.get(i).sentence() == tokens.get(first).sentence(); i--) {
            Token t = tokens.get(i);
            if (t.pos().equals("ADJ") && adjectives < MAX_ADJECTIVES) {
                adjectives++;
                continue;
            }
            if (!t.pos().equals("NOUN")) {
                return false;
            }
            if (nouns.contains(Folding.fold(t.text()))) {
                return true;
            }
            // a complement without article: "de notation", "of public works"
            if (i >= 2 && Folding.fold(tokens.get(i - 1).text()).matches("de|d'|of")) {
                i--;
                adjectives = 0;
                continue;
            }
            return false;
        }
        return false;
    }

    private static Set<String> read(String lang) {
        List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + lang + "/organisation-nouns.txt");
        Set<String> out = new HashSet<>();
        if (lines != null) {
            lines.forEach(l -> out.add(Folding.fold(l.text().strip())));
        }
        return Set.copyOf(out);
    }
}

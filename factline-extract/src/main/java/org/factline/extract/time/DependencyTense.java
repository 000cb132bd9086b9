package org.factline.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factline.model.Analysis;
import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.time.LexicalTense;
import org.factline.time.Tense;
import org.factline.time.TenseOracle;
import org.factline.time.TenseRules;

/**
 * The tense of the clause a time expression belongs to, read from the dependency tree: the verb the
 * expression hangs from ("a annoncé samedi" → "annoncé", with its auxiliary "a"), and the language's
 * {@link TenseRules} applied to that verb and its auxiliaries. Where the tree gives no verb (a headline
 * without one, a caption), the nearest verb form in the sentence decides ({@link LexicalTense}).
 */
public final class DependencyTense implements TenseOracle {

    private static final Set<String> AUXILIARY = Set.of("aux", "aux:pass", "aux:tense", "cop");

    private final Analysis analysis;
    private final TenseRules rules;
    private final LexicalTense fallback;

    public DependencyTense(Analysis analysis, String language) {
        this.analysis = analysis;
        this.rules = TenseRules.forLanguage(language);
        this.fallback = new LexicalTense(analysis.text(), language);
    }

    @Override
    public Tense at(Span span) {
        Token verb = TimeAnchors.governingVerb(analysis, span);
        if (verb != null) {
            Tense t = rules.of(verbGroup(verb));
            if (t != Tense.UNKNOWN) {
                return t;
            }
        }
        return fallback.at(span);
    }

    /** The verb with its auxiliaries and copula, in text order: "n'a pas encore été annoncé". */
    private List<String> verbGroup(Token verb) {
        List<Token> group = new ArrayList<>();
        group.add(verb);
        for (Token t : analysis.tokens().subList(sentenceStart(verb), verb.index())) {
            if (t.head() == verb.index() && AUXILIARY.contains(t.relation())) {
                group.add(t);
            }
        }
        group.sort((a, b) -> Integer.compare(a.index(), b.index()));
        List<String> words = new ArrayList<>();
        for (Token t : group) {
            words.add(t.text());
        }
        return words;
    }

    private int sentenceStart(Token verb) {
        return analysis.sentences().get(verb.sentence()).firstToken();
    }
}

package org.factline.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.factline.extract.Step;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.extract.quantity.Amount.Form;
import org.factline.extract.quantity.CountedThing.Noun;
import org.factline.extract.quantity.CountedThing.What;
import org.factline.extract.quantity.FigureSources.Source;
import org.factline.model.Analysis;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.extract.nlp.ParseNeed;
import org.factline.extract.nlp.Syntax;

/**
 * Finds the figures of an article: each amount the {@link NumberReader} reads in a sentence that is not
 * a date, a name or an article ({@link FigureFilter}), with what it counts and in which unit
 * ({@link CountedThing}) and who gives it ({@link FigureSources}). Needs the linguistic layer, the entities,
 * the time expressions and the claims. Languages without words of figures
 * ({@code lang/<code>/quantities/}) get none.
 */
public final class QuantityStep implements Step {

    private final KnowledgeBase kb;

    /** @param kb what is known of the entities beyond the article (which country a capital stands for) */
    public QuantityStep(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The sentences whose trees figures are read from: those in which the number reader finds an amount. */
    public static ParseNeed parseNeed() {
        return (analysis, sentence) -> QuantityLexicon.forLanguage(analysis.article().language().code())
                .map(lexicon -> !new NumberReader(lexicon).read(sentence.span().of(analysis.text())).isEmpty())
                .orElse(false);
    }

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        if (analysis.tokens().isEmpty()) {
            return analysis;
        }
        return QuantityLexicon.forLanguage(analysis.article().language().code())
                .map(lexicon -> analysis.withQuantities(quantities(analysis, lexicon)))
                .orElse(analysis);
    }

    private List<Quantity> quantities(Analysis analysis, QuantityLexicon lexicon) {
        String text = analysis.text();
        String lang = analysis.article().language().code();
        NumberReader reader = new NumberReader(lexicon);
        Syntax tree = new Syntax(analysis);
        Predicate<Token> demonym = t -> kb.countryByDemonym(t.text(), lang).isPresent();
        Predicate<Token> inTime = t -> analysis.timexes().stream().anyMatch(x -> x.span().overlaps(t.span()));
        CountedThing counted = new CountedThing(tree, lexicon, text, demonym, inTime);
        FigureSources sources = new FigureSources(analysis, tree, lexicon, kb);
        FigureFilter filter = new FigureFilter(analysis, tree, lexicon, demonym);
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            String sentence = s.span().of(text);
            int previousEnd = -1;
            for (Amount local : reader.read(sentence)) {
                Amount a = shifted(local, s.span().start());
                List<Token> number = tree.within(a.number(), s.firstToken(), s.endToken());
                boolean restated = previousEnd >= 0 && text.substring(previousEnd, a.span().start()).matches("\\s*\\(\\s*");
                previousEnd = a.span().end();
                if (number.isEmpty() || restated || filter.inTimeOrName(a)) {
                    continue; // "500 miles (800 km)": the figure in brackets restates the one before
                }
                Noun noun = counted.noun(number, a.span(), after(tree, a, s), s.endToken());
                String unit = unit(a, noun, number, tree, lexicon, lang);
                if (!filter.isFigure(a, number, noun, unit)) {
                    continue;
                }
                Token thing = noun != null ? noun.token() : a.unit() != null ? counted.measured(number, a.span())
                        : sources.estimated(Syntax.headOf(number), a.span());
                if (noun == null && unit == null && thing != null) {
                    unit = countedUnit(thing, lexicon, lang); // "des pertes que Séoul chiffre à 1 100"
                }
                What what = thing == null ? null : counted.what(thing, a.span());
                Source source = sources.of(a.span(), Syntax.headOf(number), s.span());
                Quantity q = new Quantity(a.span(), a.text(text), a.value(), a.low(), a.high(), a.qualifier(),
                        a.approx(), unit, what == null ? null : what.text(), what == null ? null : what.span(),
                        source.speaker(), source.claim(), -1, s.span(), confidence(a, noun, unit));
                out.add(q);
            }
        }
        return withoutRestatements(out, analysis);
    }

    /**
     * The figures without restatements: a figure the article gives again in another sentence (the same
     * value from the same source, with the same unit and counted noun where both have one: a lead repeated in the body) is
     * kept once, and a headline's figure that the body gives is kept in the body, whoever the body
     * attributes it to ("At least 107 killed" above "killing 107 or more, according to …").
     */
    private static List<Quantity> withoutRestatements(List<Quantity> figures, Analysis analysis) {
        List<Span> headings = analysis.article().headings();
        List<Quantity> ordered = new ArrayList<>(figures);
        ordered.sort(Comparator.comparing((Quantity q) -> inHeading(q, headings)).thenComparing(Quantity::span));
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : ordered) {
            boolean heading = inHeading(q, headings);
            if (out.stream().noneMatch(o -> restates(q, o, !heading))) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparing(Quantity::span));
        return out;
    }

    private static boolean inHeading(Quantity q, List<Span> headings) {
        return headings.stream().anyMatch(h -> h.contains(q.span()));
    }

    private static boolean restates(Quantity q, Quantity earlier, boolean sameSource) {
        if (q.value() == null || !q.value().equals(earlier.value()) || q.evidence().equals(earlier.evidence())
                || sameSource && !sameName(q.source(), earlier.source())) {
            return false;
        }
        if (q.unit() != null && earlier.unit() != null && !q.unit().equals(earlier.unit())) {
            return false;
        }
        return q.what() == null || earlier.what() == null || firstWord(q.what()).equals(firstWord(earlier.what()));
    }

    private static boolean sameName(org.factline.model.Claim.Speaker a, org.factline.model.Claim.Speaker b) {
        return a == null ? b == null : b != null && a.name().equals(b.name());
    }

    private static String firstWord(String what) {
        String w = what.strip().toLowerCase(java.util.Locale.ROOT);
        int space = w.indexOf(' ');
        return space < 0 ? w : w.substring(0, space);
    }

    private static Amount shifted(Amount a, int by) {
        return new Amount(new Span(a.span().start() + by, a.span().end() + by),
                new Span(a.number().start() + by, a.number().end() + by), a.value(), a.low(), a.high(), a.qualifier(),
                a.approx(), a.unit(), a.form());
    }

    /** The index of the first token of the sentence after the amount's words. */
    private static int after(Syntax tree, Amount a, Sentence s) {
        int i = s.firstToken();
        while (i < s.endToken() && tree.token(i).span().start() < a.span().end()) {
            i++;
        }
        return i;
    }

    /**
     * Persons for people ("soldats", "civilians", a demonym, the object of "tuant"), the measure or currency
     * written with the number, else the counted noun's lemma, else null.
     */
    private String unit(Amount a, Noun noun, List<Token> number, Syntax tree, QuantityLexicon lexicon, String lang) {
        if (a.unit() != null) {
            if (a.form() == Form.COMPOUND) {
                String people = lexicon.countedNounUnit(a.unit(), null);
                return people != null ? people : a.unit();
            }
            return a.unit();
        }
        if (noun != null) {
            return countedUnit(noun.token(), lexicon, lang);
        }
        Token head = Syntax.headOf(number);
        Token verb = tree.head(head);
        if (verb != null && Syntax.is(head, "obj") && lexicon.isPeopleVerb(verb.text(), verb.lemma())) {
            return "persons"; // "killing 107", "tuant 12"
        }
        return null;
    }

    private String countedUnit(Token n, QuantityLexicon lexicon, String lang) {
        String u = lexicon.countedNounUnit(n.text(), n.lemma());
        if (u != null) {
            return u;
        }
        if (kb.countryByDemonym(n.text(), lang).isPresent()) {
            return "persons"; // "12 Palestiniens", "three Americans"
        }
        return QuantityLexicon.lower(lang.equals("en") ? n.lemma() : n.text());
    }

    private static double confidence(Amount a, Noun noun, String unit) {
        double c = 0.6;
        if (noun != null && noun.attached() || unit != null) {
            c += 0.2;
        }
        if (a.form() == Form.DIGITS) {
            c += 0.1;
        }
        return Math.min(0.95, c);
    }
}

package org.factline.extract.quantity;

import java.util.List;
import java.util.function.Predicate;

import org.factline.extract.quantity.Amount.Form;
import org.factline.extract.quantity.CountedThing.Noun;
import org.factline.model.Analysis;
import org.factline.model.Mention;
import org.factline.model.Timex;
import org.factline.model.Token;
import org.factline.extract.nlp.Syntax;

/**
 * Tells the amounts that are figures from the numbers that are not: a number inside a time expression
 * ("six mois", "2024", "10 h"), inside a name ("Boeing 737", "Apollo 11"), after a noun that it numbers
 * ("les postes 542 et 543", "l'article 49.3"), a year without anything counted, and numbers in words
 * that count nothing ("l'un d'eux", "the two countries": words after a definite determiner point back).
 * "One" counts only people or a measure ("one soldier was killed" is a figure; "one of the reasons" is
 * not); "un"/"une"/"a" alone are articles, never figures.
 */
final class FigureFilter {

    private final Analysis analysis;
    private final Syntax tree;
    private final QuantityLexicon lexicon;
    private final Predicate<Token> isDemonym;

    FigureFilter(Analysis analysis, Syntax tree, QuantityLexicon lexicon, Predicate<Token> isDemonym) {
        this.isDemonym = isDemonym;
        this.analysis = analysis;
        this.tree = tree;
        this.lexicon = lexicon;
    }

    /**
     * Whether the number's words lie in a time expression or a name, or join a date that follows
     * ("les 16 et 17 juin", "March 3 and 4").
     */
    boolean inTimeOrName(Amount a) {
        String text = analysis.text();
        int end = a.span().end();
        int joint = end;
        while (joint < text.length() && joint < end + 6 && !Character.isLetterOrDigit(text.charAt(joint))) {
            joint++;
        }
        int word = joint;
        while (word < text.length() && word < joint + 4 && Character.isLetter(text.charAt(word))) {
            word++;
        }
        String between = text.substring(end, word).strip();
        boolean joined = between.equals(",") || between.equals("-") || between.equals("–") || between.equals("&")
                || lexicon.isConnector(between) || lexicon.isRange(between);
        int next = joined ? word : -1;
        while (next >= 0 && next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        for (Timex t : analysis.timexes()) {
            if (t.span().overlaps(a.number()) || t.span().start() == next && Character.isDigit(text.charAt(next))) {
                return true;
            }
        }
        for (Mention m : analysis.mentions()) {
            if (m.span().overlaps(a.number()) && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.METONYM)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an amount with what it counts and its unit is a figure. */
    boolean isFigure(Amount a, List<Token> number, Noun noun, String unit) {
        Token first = number.getFirst();
        if (numbersSomething(first, a) || partOfName(number, a) || isAge(first, number.getLast())
                || noun != null && lexicon.isTimeNoun(noun.token().text()) && a.unit() == null) {
            return false; // "45 ans", "six months": durations and ages are the time layer's
        }
        boolean counts = noun != null || unit != null;
        return switch (a.form()) {
            case DIGITS -> !looksLikeYear(a, noun, unit);
            case WORDS -> counts && !pointsBack(first, a) && (a.value() != 1 || "persons".equals(unit) || a.unit() != null);
            case COMPOUND -> a.value() > 1 && (Character.isDigit(a.text(analysis.text()).charAt(0))
                    || "persons".equals(unit));
            case APPROXIMATE, MAGNITUDE, FRACTION, RANGE -> true;
        };
    }

    /**
     * Whether the word before the number (past other numbers of a list: "postes 542 et 543") is a noun that
     * the number names, or a proper name it continues ("Boeing 737").
     */
    private boolean numbersSomething(Token first, Amount a) {
        Token t = tree.token(first.index() - 1);
        while (t != null && t.sentence() == first.sentence() && (t.pos().equals("NUM")
                || (t.pos().equals("CCONJ") || t.text().equals(",")) && isNumber(tree.token(t.index() - 1)))) {
            t = tree.token(t.index() - 1);
        }
        if (t == null || t.sentence() != first.sentence() || t.span().overlaps(a.span())) {
            return false; // "USD 5 million": a currency written before is the amount's own
        }
        if (lexicon.isIdentifier(t.text()) || lexicon.isIdentifier(t.lemma())) {
            return true;
        }
        Token before = tree.token(t.index() - 1);
        boolean sentenceStart = before == null || before.sentence() != t.sentence();
        if (t.index() == first.index() - 1 && first.span().start() - t.span().end() == 1 && t.text().length() >= 2
                && t.text().chars().allMatch(Character::isUpperCase)) {
            return true; // "CAC 40", "FTSE 100", "RN 7": an acronym and its number make a name
        }
        Token governor = tree.head(first);
        boolean countsACommonNoun = Syntax.is(first, "nummod") && governor != null && governor.pos().equals("NOUN");
        return t.index() == first.index() - 1 && t.pos().equals("PROPN") && !sentenceStart && !countsACommonNoun
                && Character.isUpperCase(t.text().charAt(0)) && first.span().start() - t.span().end() == 1
                && !isDemonym.test(t);
    }

    /** "aged 34", "âgé de 34", "John Smith, 45, was…": an age. */
    private boolean isAge(Token first, Token last) {
        Token before = tree.token(first.index() - 1);
        if (before != null && lexicon.isOf(before.text())) {
            before = tree.token(before.index() - 1);
        }
        if (before != null && before.sentence() == first.sentence() && lexicon.isAge(before.text())) {
            return true;
        }
        Token comma = tree.token(first.index() - 1);
        Token name = comma == null ? null : tree.token(comma.index() - 1);
        Token after = tree.token(last.index() + 1);
        return comma != null && comma.text().equals(",") && name != null && name.pos().equals("PROPN")
                && name.ner().equals("PERSON") && after != null && after.text().equals(",")
                && first.sentence() == name.sentence();
    }

    private static boolean isNumber(Token t) {
        return t != null && t.pos().equals("NUM");
    }

    /** "Movimento 5 Stelle", "France 2 Gilles": a number that modifies a name that is no people's name. */
    private boolean partOfName(List<Token> number, Amount a) {
        Token head = Syntax.headOf(number);
        Token governor = tree.head(head);
        return governor != null && governor.pos().equals("PROPN") && Syntax.is(head, "nummod") && !isDemonym.test(governor)
                && !governor.span().overlaps(a.span()); // "1.4 GW": a unit the tagger took for a name
    }

    /** "en 1991", "depuis 2014": four digits of a plausible year that the time grammar left, counting nothing. */
    private boolean looksLikeYear(Amount a, Noun noun, String unit) {
        String words = a.number().of(analysis.text());
        if (!words.matches("1[5-9]\\d\\d|20\\d\\d") || unit != null && noun == null) {
            return false;
        }
        return noun == null || !noun.attached() || !"persons".equals(unit) && !noun.token().text().endsWith("s");
    }

    /** "les deux pays", "these three men": a small number in words after a definite determiner. */
    private boolean pointsBack(Token first, Amount a) {
        Token before = tree.token(first.index() - 1);
        return before != null && before.sentence() == first.sentence() && a.value() != null && a.value() < 20
                && a.span().start() == a.number().start() && lexicon.isAnaphoric(before.text());
    }
}

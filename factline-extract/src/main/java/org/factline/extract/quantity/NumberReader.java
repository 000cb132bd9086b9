package org.factline.extract.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factline.extract.quantity.Amount.Form;
import org.factline.extract.quantity.NumberTokens.Tok;
import org.factline.extract.quantity.NumberTokens.Type;
import org.factline.extract.quantity.QuantityLexicon.Kind;
import org.factline.extract.quantity.QuantityLexicon.NumberWord;
import org.factline.extract.quantity.QuantityLexicon.QualifierWord;
import org.factline.model.Quantity.Qualifier;
import org.factline.model.Span;

/**
 * Reads the amounts of a text with the words of one language, without any parse: numbers in digits
 * with either grouping ("3 000", "3,000", "3.000" in French) and the language's decimal mark, with
 * multipliers ("13 millions", "1.2bn"); numbers in words ("quatre-vingt-dix-neuf", "three hundred
 * thousand"); approximate numerals ("une vingtaine"); orders of magnitude ("des dizaines de milliers");
 * shares ("a quarter of"); with the qualifier and the unit written around them. Digits that name rather
 * than count (A320, COVID-19, 1er, 2-1, 14h30, a telephone number) are left out. Anything it cannot read
 * it skips: it never throws on text.
 */
public final class NumberReader {

    private static final double MAX_VALUE = 1e15;

    private final QuantityLexicon lexicon;
    private final WrittenForms forms;
    private final NumberTokens tokenizer;
    private final char decimalMark;

    public NumberReader(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
        this.forms = new WrittenForms(lexicon);
        this.tokenizer = new NumberTokens(lexicon, forms);
        this.decimalMark = lexicon.language().equals("en") ? '.' : ',';
    }

    /** The reader of a language, or empty when Factline has no words of figures for it. */
    public static Optional<NumberReader> forLanguage(String code) {
        return QuantityLexicon.forLanguage(code).map(NumberReader::new);
    }

    /** The amounts of {@code text}, in text order, with spans into it. */
    public List<Amount> read(String text) {
        List<Amount> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Tok> toks = tokenizer.tokens(text);
        int i = 0;
        int floor = 0; // where the amount before ends: nothing read after it reaches back into it
        while (i < toks.size()) {
            Core core = safeCore(text, toks, i);
            Core range = core == null ? null : range(text, toks, core, floor);
            if (range != null) {
                core = range;
            }
            if (core == null) {
                i++;
                continue;
            }
            Amount amount = complete(text, toks, core);
            out.add(amount);
            floor = amount.span().end();
            i = core.next;
            while (i < toks.size() && toks.get(i).start() < amount.span().end()) {
                i++; // the unit and qualifier after the number are read: "51 pour cent" holds no second number
            }
        }
        return out;
    }

    /** The one amount a whole text is, or empty ("plus de 8 millions" → 8,000,000 more_than). */
    public Optional<Amount> readOne(String text) {
        List<Amount> all = read(text);
        return all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty();
    }

    private Core safeCore(String text, List<Tok> toks, int i) {
        try {
            return core(text, toks, i);
        } catch (ArithmeticException | NumberFormatException e) {
            return null; // overflow or unreadable digits: not a figure
        }
    }

    /**
     * Two numbers that bound an amount: "ten to 32 pages", "1 ou 2 crans", "entre 10 et 15 morts"; the
     * first takes the second's multiplier ("2 à 3 millions"). A larger first number is a change ("de 30 à
     * 20"), not a range: null. The word that opens a range is its own only when it lies after {@code floor}.
     */
    private Core range(String text, List<Tok> toks, Core first, int floor) {
        int k = first.next();
        if (first.value() == null || first.form() != Form.DIGITS && first.form() != Form.WORDS || k + 1 >= toks.size()) {
            return null;
        }
        boolean between = first.first() > 0 && toks.get(first.first() - 1).start() >= floor
                && lexicon.isBetween(toks.get(first.first() - 1).text());
        String joint = toks.get(k).text();
        if (!(lexicon.isRange(joint) || between && lexicon.isConnector(joint))) {
            return null;
        }
        Core second = safeCore(text, toks, k + 1);
        if (second == null || second.value() == null || second.form() != Form.DIGITS && second.form() != Form.WORDS) {
            return null;
        }
        double low = first.value();
        if (first.scale() == 1 && second.scale() > 1) {
            low *= second.scale();
        }
        if (low >= second.value()) {
            return null;
        }
        return new Core(between ? first.first() - 1 : first.first(), second.next(), null, low, second.value(), false,
                Form.RANGE, null, second.money(), second.scale());
    }

    // ---------------------------------------------------------------- the number itself

    /** A number read from tokens [first, next). */
    private record Core(int first, int next, Double value, Double low, Double high, boolean approx, Form form,
                        String unit, boolean money, double scale) {
    }

    private Core core(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (t.type() == Type.DIGITS) {
            return digits(text, toks, i);
        }
        if (t.type() != Type.WORD) {
            return null;
        }
        Core magnitude = magnitude(text, toks, i);
        if (magnitude != null) {
            return magnitude;
        }
        return words(text, toks, i);
    }

    private Core digits(String text, List<Tok> toks, int i) {
        int j = i;
        StringBuilder n = new StringBuilder(toks.get(i).text());
        // "3 000", "1 234 567,5": groups of three after one space of any width
        if (digitsBeforeMark(toks.get(i).text()) <= 3 && toks.get(i).text().indexOf(otherMark()) < 0) {
            while (j + 1 < toks.size() && toks.get(j + 1).type() == Type.DIGITS
                    && digitsBeforeMark(toks.get(j + 1).text()) == 3 && oneSpaceBetween(text, toks.get(j), toks.get(j + 1))
                    && n.indexOf(String.valueOf(decimalMark)) < 0 && toks.get(j + 1).text().indexOf(otherMark()) < 0) {
                n.append(toks.get(j + 1).text());
                j++;
            }
        }
        BigDecimal value = DigitGroups.parse(n.toString(), decimalMark);
        if (value == null) {
            return null;
        }
        int next = j + 1;
        boolean money = false;
        double multiplier = 1;
        Tok after = next < toks.size() ? toks.get(next) : null;
        if (after != null && after.type() == Type.WORD && gap(text, toks.get(j), after) <= 1) {
            NumberWord scale = lexicon.number(Kind.SCALE, after.text());
            NumberWord suffix = lexicon.suffix(after.text());
            if (scale != null) {
                value = value.multiply(BigDecimal.valueOf(scale.value()));
                multiplier = scale.value();
                next++;
            } else if (suffix != null && (!suffix.money() || forms.currencyAround(text, toks.get(i).start(), after.end()))) {
                value = value.multiply(BigDecimal.valueOf(suffix.value()));
                multiplier = suffix.value();
                money = suffix.money();
                next++;
            }
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_VALUE)) >= 0) {
            return null;
        }
        String compound = compound(text, toks, next);
        if (compound != null) {
            return new Core(i, next + 2, value.doubleValue(), null, null, false, Form.COMPOUND, compound, money, multiplier);
        }
        return new Core(i, next, value.doubleValue(), null, null, false, Form.DIGITS, null, money, multiplier);
    }

    /** The noun glued by a hyphen after a number ("131-page" → "page"), or null. */
    private String compound(String text, List<Tok> toks, int next) {
        if (next + 1 >= toks.size()) {
            return null;
        }
        Tok dash = toks.get(next);
        Tok word = toks.get(next + 1);
        if (!dash.text().equals("-") || dash.start() != toks.get(next - 1).end() || word.start() != dash.end()
                || word.type() != Type.WORD) {
            return null;
        }
        if (lexicon.number(Kind.WORD, word.text()) != null || lexicon.isConnector(word.text()) || lexicon.isRange(word.text())
                || lexicon.isBetween(word.text()) || lexicon.isOf(word.text())) {
            return null; // "5-entre 10 et 15", "3-de": words that join numbers, not a noun
        }
        return QuantityLexicon.lower(word.text());
    }

    private char otherMark() {
        return decimalMark == ',' ? '.' : ',';
    }

    private static int digitsBeforeMark(String s) {
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean oneSpaceBetween(String text, Tok a, Tok b) {
        return b.start() == a.end() + 1 && NumberTokens.GROUP_SPACES.indexOf(text.charAt(a.end())) >= 0;
    }

    private static int gap(String text, Tok a, Tok b) {
        return b.start() - a.end();
    }

    // ---------------------------------------------------------------- words

    /** "des centaines", "plusieurs milliers", "des dizaines de milliers", "tens of thousands", "dozens". */
    private Core magnitude(String text, List<Tok> toks, int i) {
        int j = i;
        boolean vague = false;
        // "a few hundred", "quelques milliers": up to two words of vague determiner
        while (j < toks.size() && j < i + 2 && toks.get(j).type() == Type.WORD && lexicon.isVague(toks.get(j).text())
                && j + 1 < toks.size()) {
            vague = true;
            j++;
        }
        if (j >= toks.size() || toks.get(j).type() != Type.WORD) {
            return null;
        }
        String w = toks.get(j).text();
        NumberWord mag = lexicon.number(Kind.MAGNITUDE, w);
        NumberWord approx = lexicon.number(Kind.APPROX, w);
        boolean alsoAValue = lexicon.number(Kind.WORD, w) != null; // "thousand" needs "several"; "thousands" not
        double base;
        if (mag != null && (vague || !alsoAValue)) {
            base = mag.value();
        } else if (approx != null && vague) {
            base = approx.value(); // "plusieurs dizaine" misspelt, "quelques centaine"
        } else {
            return null;
        }
        if (!vague && j > 0 && isNumberToken(toks.get(j - 1))) {
            return null; // "deux centaines": a number, read by words()
        }
        int next = j + 1;
        // "des dizaines de milliers", "tens of thousands", "hundreds of millions"
        while (next + 1 < toks.size() && lexicon.isOf(toks.get(next).text())) {
            NumberWord more = lexicon.number(Kind.MAGNITUDE, toks.get(next + 1).text());
            if (more == null) {
                more = lexicon.number(Kind.SCALE, toks.get(next + 1).text());
            }
            if (more == null || more.value() < 1000) {
                break;
            }
            base *= more.value();
            next += 2;
        }
        int first = i;
        while (first < j && lexicon.isOf(toks.get(first).text())) {
            first++; // "de dizaines de milliers": "de" is the preposition before, not the amount
        }
        return new Core(first, next, null, 2 * base, 10 * base, true, Form.MAGNITUDE, null, false, 1);
    }

    private boolean isNumberToken(Tok t) {
        return t.type() == Type.DIGITS || t.type() == Type.WORD && lexicon.number(Kind.WORD, t.text()) != null
                && !lexicon.isArticle(t.text());
    }

    /**
     * A number in words, possibly after an article ("un million", "une vingtaine", "a quarter"), with an
     * approximate numeral, fraction or multiplier after it.
     */
    private Core words(String text, List<Tok> toks, int i) {
        Tok t = toks.get(i);
        boolean article = lexicon.isArticle(t.text());
        // an approximate numeral or fraction standing alone: "la vingtaine de militaires", "half of"
        NumberWord alone = lexicon.number(Kind.APPROX, t.text());
        if (alone != null && i + 1 < toks.size() && lexicon.isOf(toks.get(i + 1).text())) {
            return approximate(text, toks, i, i + 1, 1, alone);
        }
        NumberWord half = lexicon.number(Kind.FRACTION, t.text());
        if (half != null && half.value() == 50) {
            return fraction(toks, i, i + 1, 1, half);
        }
        if (article) {
            if (i + 1 >= toks.size() || toks.get(i + 1).type() != Type.WORD || gap(text, t, toks.get(i + 1)) > 1) {
                return null;
            }
            Tok n = toks.get(i + 1);
            NumberWord a = lexicon.number(Kind.APPROX, n.text());
            if (a != null) {
                return approximate(text, toks, i, i + 2, 1, a);
            }
            NumberWord f = lexicon.number(Kind.FRACTION, n.text());
            if (f != null) {
                return fraction(toks, i, i + 2, 1, f);
            }
            NumberWord w = lexicon.number(Kind.WORD, n.text());
            if (w == null || w.value() < 100) {
                return null; // "un soldat", "a man": an article, not a number
            }
        }
        NumberComposer c = new NumberComposer();
        int j = i;
        int end = -1;
        long lastWord = 0;
        if (article) {
            c.add(1);
            j = i + 1;
        }
        while (j < toks.size()) {
            int[] matched = numberWord(text, toks, j);
            if (matched == null) {
                break;
            }
            int lastToken = matched[0];
            long v = matched[1];
            if (!c.add(v)) {
                break;
            }
            end = lastToken;
            lastWord = v;
            // join: "-", one space, or a connector ("vingt-et-un", "one hundred and five")
            int k = lastToken + 1;
            if (k < toks.size() && toks.get(k).text().equals("-") && toks.get(k).start() == toks.get(lastToken).end()) {
                k++;
            } else if (k < toks.size() && gap(text, toks.get(lastToken), toks.get(k)) > 1) {
                break;
            }
            if (k + 1 < toks.size() && lexicon.isConnector(toks.get(k).text())) {
                int after = toks.get(k + 1).text().equals("-") ? k + 2 : k + 1;
                if (numberWord(text, toks, after) != null) {
                    k = after;
                }
            }
            j = k;
        }
        if (end < 0) {
            return null;
        }
        long value = c.value();
        int next = end + 1;
        // "deux centaines", "trois quarts", "two-thirds"
        int k = next;
        if (k < toks.size() && toks.get(k).text().equals("-") && toks.get(k).start() == toks.get(end).end()) {
            k++;
        }
        if (k < toks.size() && toks.get(k).type() == Type.WORD && gap(text, toks.get(k - 1), toks.get(k)) <= 1) {
            Tok n = toks.get(k);
            NumberWord a = lexicon.number(Kind.APPROX, n.text());
            if (a == null && lexicon.number(Kind.MAGNITUDE, n.text()) != null && lexicon.number(Kind.WORD, n.text()) == null) {
                a = lexicon.number(Kind.MAGNITUDE, n.text());
            }
            if (a != null && value > 1) {
                return approximate(text, toks, i, k + 1, value, a);
            }
            NumberWord f = lexicon.number(Kind.FRACTION, n.text());
            if (f != null && value < 10) {
                return fraction(toks, i, k + 1, value, f);
            }
        }
        String compound = compound(text, toks, next);
        if (compound != null) {
            return new Core(i, next + 2, (double) value, null, null, false, Form.COMPOUND, compound, false, 1);
        }
        return new Core(i, next, (double) value, null, null, false, Form.WORDS, null, false, lastWord >= 1000 ? lastWord : 1);
    }

    /**
     * The word of number at token {@code j}, trying forms of up to three hyphen-joined tokens first
     * ("quatre-vingt"); as {lastToken, value}, or null.
     */
    private int[] numberWord(String text, List<Tok> toks, int j) {
        if (j >= toks.size() || toks.get(j).type() != Type.WORD) {
            return null;
        }
        for (int len = 3; len >= 1; len--) {
            int last = j + 2 * (len - 1);
            if (last >= toks.size()) {
                continue;
            }
            StringBuilder form = new StringBuilder(toks.get(j).text());
            boolean joined = true;
            for (int k = j + 1; k <= last; k += 2) {
                if (!toks.get(k).text().equals("-") || toks.get(k + 1).type() != Type.WORD) {
                    joined = false;
                    break;
                }
                form.append('-').append(toks.get(k + 1).text());
            }
            if (!joined) {
                continue;
            }
            NumberWord w = lexicon.number(Kind.WORD, form.toString());
            if (w != null) {
                return new int[] {last, (int) Math.min(w.value(), Integer.MAX_VALUE)};
            }
        }
        return null;
    }

    /** "une vingtaine", "deux centaines", "une dizaine de milliers", "a dozen": a value, approximate. */
    private Core approximate(String text, List<Tok> toks, int first, int next, long times, NumberWord a) {
        double value = times * a.value();
        if (next + 1 < toks.size() && lexicon.isOf(toks.get(next).text())) {
            NumberWord scale = lexicon.number(Kind.MAGNITUDE, toks.get(next + 1).text());
            if (scale == null) {
                scale = lexicon.number(Kind.SCALE, toks.get(next + 1).text());
            }
            if (scale != null && scale.value() >= 1000) {
                value *= scale.value();
                next += 2;
            }
        }
        return new Core(first, next, value, null, null, true, Form.APPROXIMATE, null, false, 1);
    }

    /** "un quart des", "two-thirds of", "la moitié des": a share, when "de"/"of" follows. */
    private Core fraction(List<Tok> toks, int first, int next, long times, NumberWord f) {
        if (next >= toks.size() || !lexicon.isOf(toks.get(next).text())) {
            return null;
        }
        double value = Math.round(times * f.value() * 100) / 100.0;
        return value > 100 ? null : new Core(first, next, value, null, null, false, Form.FRACTION, "percent", false, 1);
    }

    // ---------------------------------------------------------------- around the number

    private Amount complete(String text, List<Tok> toks, Core core) {
        int numberStart = toks.get(core.first()).start();
        int numberEnd = toks.get(core.next() - 1).end();
        int start = numberStart;
        int end = numberEnd;
        String unit = core.unit();
        int[] unitBefore = forms.unitBefore(text, numberStart); // "NZ$26 million", "€5"
        if (unitBefore != null) {
            unit = lexicon.units().get(unitBefore[1]).unit();
            start = unitBefore[0];
        }
        // a unit after, directly or after "de"/"of" following a multiplier ("5 millions d'euros")
        if (core.form() != Form.COMPOUND && unit == null) {
            int[] found = forms.unitAfter(text, numberEnd);
            Tok last = toks.get(core.next() - 1);
            if (found == null && core.next() + 1 < toks.size() && lexicon.isOf(toks.get(core.next()).text())
                    && last.type() == Type.WORD && !lexicon.isOf(last.text())) {
                found = forms.unitAfter(text, toks.get(core.next()).end()); // "5 millions d'euros", "millions of dollars"
            }
            if (found != null) {
                unit = lexicon.units().get(found[1]).unit();
                end = found[0];
            }
        }
        Qualifier qualifier = core.form() == Form.APPROXIMATE || core.form() == Form.MAGNITUDE ? Qualifier.ABOUT
                : Qualifier.EXACTLY;
        boolean approx = core.approx();
        QualifierWord before = forms.qualifierBefore(text, start);
        if (before != null) {
            start = WrittenForms.endsAt(text, start, before.form());
            qualifier = before.qualifier();
            approx |= before.approx();
        }
        QualifierWord after = forms.qualifierAfter(text, end);
        if (after != null) {
            end = WrittenForms.startsAt(text, end, after.form(), false);
            if (before == null || before.qualifier() == Qualifier.ABOUT) {
                qualifier = after.qualifier();
            }
            approx |= after.approx();
        }
        Double low = core.low();
        Double high = core.high();
        if (core.value() != null) {
            double v = core.value();
            switch (qualifier) {
                case EXACTLY -> {
                    low = approx ? null : v;
                    high = approx ? null : v;
                }
                case MORE_THAN, AT_LEAST -> low = v;
                case LESS_THAN, AT_MOST -> high = v;
                case ABOUT -> {
                }
            }
        }
        return new Amount(new Span(start, end), new Span(numberStart, numberEnd), core.value(), low, high, qualifier,
                approx, unit, core.form());
    }
}

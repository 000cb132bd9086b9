package org.factline.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.factline.extract.claim.ClaimLexicon.Cue;
import org.factline.extract.claim.Quotations.Quotation;
import org.factline.model.Claim;
import org.factline.model.Span;
import org.factline.model.Token;
import org.factline.extract.nlp.Syntax;

/**
 * Finds the claims of one article: reporting verbs with their complement or an adjacent quotation,
 * prepositions of attribution ("selon X", "according to X"), nominal cues ("l'annonce par Moscou que
 * …"), and quotations that continue the current speaker without a cue of their own. Speakers and
 * dates are settled afterwards, in text order ({@link Speakers}, {@link ClaimDates}).
 */
final class ClaimFinder {

    /** A claim before its speaker is resolved and its date set. */
    static final class Draft {
        Span quote;
        Span cue;
        Token cueToken;
        /** The head of the words that name the speaker at the cue, or null. */
        Token speakerHead;
        /** The words that name the speaker (for a clitic "-t-il" the clitic), or null. */
        Span speakerSpan;
        /** Where the words naming the speaker must lie (the phrase after "selon"), or null. */
        Span speakerPhrase;
        boolean direct;
        Claim.Stance stance;
        boolean negated;
        String channel;
        double confidence;
        /** A quotation with no cue: the speaker is whoever spoke last. */
        boolean continuation;
        Claim.Speaker speaker;
        String date;
        Claim.DateBasis dateBasis = Claim.DateBasis.NONE;

        int position() {
            return cue != null ? Math.min(cue.start(), quote.start()) : quote.start();
        }
    }

    private static final int MIN_CUELESS_WORDS = 4;

    private final Syntax syntax;
    private final String text;
    private final ClaimLexicon lexicon;
    private final List<Quotation> quotations;

    ClaimFinder(Syntax syntax, ClaimLexicon lexicon, List<Quotation> quotations) {
        this.syntax = syntax;
        this.text = syntax.analysis().text();
        this.lexicon = lexicon;
        this.quotations = quotations;
    }

    List<Draft> find() {
        List<Draft> drafts = new ArrayList<>();
        for (Token t : syntax.tokens()) {
            if (insideQuotation(t.span())) {
                continue;
            }
            lexicon.verb(t).filter(c -> c.kind() == ClaimLexicon.Kind.VERB && Syntax.isVerbal(t))
                    .ifPresent(c -> drafts.addAll(verbCue(t, c)));
            lexicon.noun(t).ifPresent(c -> drafts.addAll(nounCue(t, c)));
            prepAt(t).ifPresent(c -> drafts.addAll(prepCue(t, c)));
        }
        addCuelessQuotations(drafts);
        drafts.sort(Comparator.comparingInt(Draft::position));
        return dedupe(drafts);
    }

    // ---- reporting verbs ---------------------------------------------------------------------------

    private List<Draft> verbCue(Token verb, Cue cue) {
        if (isAuxiliaryUse(verb)) {
            return List.of();
        }
        Span cueSpan = cueSpan(verb);
        List<Draft> out = new ArrayList<>();
        Quotation before = quotationBefore(verb, cueSpan);
        Quotation after = quotationAfter(verb, cueSpan);
        if (before != null) {
            out.add(draft(verb, cue, cueSpan, before.inner(), true, 0.9));
        }
        if (after != null && (before == null || after.outer().start() > before.outer().end())) {
            out.add(draft(verb, cue, cueSpan, after.inner(), true, 0.9));
        }
        if (out.isEmpty()) {
            Span content = complement(verb, cue);
            if (content == null) {
                content = surfaceComplement(verb);
            }
            if (content != null) {
                Quotation whole = quotationCovering(content);
                boolean direct = whole != null;
                out.add(draft(verb, cue, cueSpan, direct ? whole.inner() : content, direct, 0.85));
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        Token parsed = speakerOf(verb);
        boolean insideQuote = parsed != null && out.stream().anyMatch(d -> d.direct && d.quote.contains(parsed.span()));
        Token subject = insideQuote ? null : parsed;
        for (Draft d : out) {
            d.speakerHead = subject;
            if (subject == null) {
                d.speakerSpan = cliticSubject(verb);
            }
            d.channel = channelOf(verb);
        }
        boolean passive = syntax.child(verb, "aux:pass") != null || syntax.child(verb, "nsubj:pass") != null;
        if (subject == null && out.getFirst().speakerSpan == null && !passive) {
            Token inverted = invertedSubject(verb, before != null);
            for (Draft d : out) {
                d.speakerHead = inverted;
                d.confidence -= 0.1;
            }
        }
        return out;
    }

    private Draft draft(Token verb, Cue cue, Span cueSpan, Span quote, boolean direct, double confidence) {
        Draft d = new Draft();
        d.quote = quote;
        d.cue = cueSpan;
        d.cueToken = verb;
        d.direct = direct;
        d.stance = cue.stance();
        d.negated = negated(verb);
        d.confidence = confidence;
        return d;
    }

    /** "a" in "il a dit" is an auxiliary, not the verb "avoir"; a cue verb used as an auxiliary is none. */
    private static boolean isAuxiliaryUse(Token verb) {
        return verb.relation().startsWith("aux") || verb.relation().equals("cop");
    }

    /** The reporting words: the verb with its auxiliaries, reflexive and clitics before it ("s'est félicité"). */
    private Span cueSpan(Token verb) {
        int start = verb.span().start();
        for (Token c : syntax.children(verb)) {
            if (c.index() < verb.index() && verb.index() - c.index() <= 5
                    && (c.relation().startsWith("aux") || c.relation().startsWith("expl") || isClitic(c)
                    || lexicon.isNegation(c) && c.index() > firstAuxIndex(verb))) {
                start = Math.min(start, c.span().start());
            }
        }
        return new Span(start, verb.span().end());
    }

    private int firstAuxIndex(Token verb) {
        int first = verb.index();
        for (Token c : syntax.children(verb)) {
            if (c.relation().startsWith("aux")) {
                first = Math.min(first, c.index());
            }
        }
        return first;
    }

    private static boolean isClitic(Token t) {
        String s = t.text();
        return s.startsWith("-t-") || s.startsWith("-") && s.length() > 1 && Character.isLetter(s.charAt(1))
                || s.equalsIgnoreCase("s'") || s.equalsIgnoreCase("s’") || s.equalsIgnoreCase("se");
    }

    private boolean negated(Token verb) {
        for (Token c : syntax.children(verb)) {
            if (lexicon.isNegation(c) && !c.relation().equals("det")) {
                return true;
            }
        }
        Token aux = syntax.child(verb, "aux");
        if (aux != null) {
            for (Token c : syntax.children(aux)) {
                if (lexicon.isNegation(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A quotation that ends just before the cue: "«…», a déclaré M. Guérassimov", "“…,” he said",
     * "«…» de Kiev, a-t-il poursuivi" (a few words may trail the closing mark inside the same clause).
     */
    private Quotation quotationBefore(Token verb, Span cueSpan) {
        Token subject = syntax.child(verb, "nsubj");
        Span subjectSpan = subject != null && subject.index() < verb.index() ? Syntax.span(syntax.subtree(subject)) : null;
        int sentenceStart = syntax.analysis().sentences().get(verb.sentence()).span().start();
        for (int i = quotations.size() - 1; i >= 0; i--) {
            Quotation q = quotations.get(i);
            if (q.depth() > 0 || q.outer().end() > cueSpan.start()) {
                continue;
            }
            int gapStart = q.outer().end();
            int gapEnd = subjectSpan != null && subjectSpan.start() >= gapStart ? subjectSpan.start() : cueSpan.start();
            if (subjectSpan != null && subjectSpan.end() < cueSpan.start()
                    && !onlyPunctuation(subjectSpan.end(), cueSpan.start(), true)) {
                return null;
            }
            String gap = text.substring(gapStart, gapEnd);
            if (onlyPunctuation(gapStart, gapEnd, false) && gap.contains(",") || gap.isBlank() && gapEnd > gapStart
                    || trailingWords(gap) && q.outer().start() >= sentenceStart) {
                return q.words() >= 2 ? q : null;
            }
            return null;
        }
        return null;
    }

    /** A few words and a comma after a closing mark ("» de Kiev, a-t-il …"). */
    private static boolean trailingWords(String gap) {
        String g = gap.strip();
        if (!g.endsWith(",") && !g.endsWith("—")) {
            return false;
        }
        return g.split("\\s+").length <= 4 && !g.contains(".") && !g.contains(";") && !g.contains(":");
    }

    /** A quotation opening just after the cue: "a déclaré : «…»", "said in a statement: “…”", "said: "…"". */
    private Quotation quotationAfter(Token verb, Span cueSpan) {
        Span sentence = syntax.analysis().sentences().get(verb.sentence()).span();
        for (Quotation q : quotations) {
            if (q.depth() > 0 || q.outer().start() < cueSpan.end()) {
                continue;
            }
            if (q.outer().start() > sentence.end() + 2 || q.words() < 2) {
                return null;
            }
            String gap = text.substring(cueSpan.end(), q.outer().start());
            if (gap.contains(":") && !gap.contains(".") && gap.length() < 120 && !hasVerbBetween(verb, cueSpan.end(), q.outer().start())
                    || onlyPunctuation(cueSpan.end(), q.outer().start(), false) && gap.contains(",")) {
                return q;
            }
            return null;
        }
        return null;
    }

    private boolean hasVerbBetween(Token verb, int start, int end) {
        for (Token t : syntax.tokens()) {
            if (t.span().start() >= start && t.span().end() <= end && t.pos().equals("VERB") && t.index() != verb.index()
                    && !syntax.dominates(verb, t)) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyPunctuation(int start, int end, boolean allowEmpty) {
        if (start >= end) {
            return allowEmpty;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a verb reports when no quotation sits next to it: its clausal complement ("a affirmé que …",
     * "said …", "a affirmé avoir …"), or for verbs whose object is the content, its object ("a revendiqué
     * la prise de Toretsk", "denied the report").
     */
    private Span complement(Token verb, Cue cue) {
        for (Token c : syntax.children(verb)) {
            String r = c.relation();
            boolean clause = r.equals("ccomp") || r.startsWith("ccomp:")
                    || (r.equals("xcomp") || r.equals("obj") || r.equals("advcl") && hasMark(c)) && Syntax.isVerbal(c);
            if (clause && !(r.equals("advcl") && !isComplementMark(c))) {
                Span s = clauseSpan(c);
                if (s != null) {
                    return s;
                }
            }
        }
        if (cue.objectIsContent() && !cue.objectIsAddressee()) {
            Token obj = syntax.child(verb, "obj");
            if (obj != null && !obj.pos().equals("PRON") && !lexicon.isRelative(obj)) {
                List<Token> words = new ArrayList<>(syntax.subtree(obj));
                // "accuse X of Y", "accuser X de Y": the charge belongs to the content
                for (Token c : syntax.children(verb)) {
                    if (c.index() > obj.index() && (c.relation().startsWith("obl") || c.relation().equals("advcl")
                            || c.relation().equals("xcomp")) && cue.stance() == Claim.Stance.ACCUSE) {
                        words.addAll(syntax.subtree(c));
                    }
                }
                return trimmed(words);
            }
        }
        return null;
    }

    /**
     * When the parser lost the complement ("a annoncé au président que …" read as a clause of the
     * noun): the words after a "que"/"that" that follows the verb closely, to the end of the sentence.
     */
    private Span surfaceComplement(Token verb) {
        List<Token> sentence = syntax.analysis().tokens(syntax.analysis().sentences().get(verb.sentence()));
        int from = -1;
        for (Token t : sentence) {
            if (t.index() <= verb.index() || t.index() > verb.index() + 10) {
                continue;
            }
            if (Syntax.isPunct(t) && (t.text().equals(".") || t.text().equals(";"))
                    || lexicon.verb(t).isPresent() && Syntax.isVerbal(t)) {
                break;
            }
            String w = ClaimLexicon.lower(t.text());
            if (w.equals("que") || w.equals("qu'") || w.equals("that")) {
                from = t.index() + 1;
                break;
            }
        }
        if (from < 0) {
            return null;
        }
        List<Token> words = new ArrayList<>();
        for (Token t : sentence) {
            if (t.index() >= from) {
                words.add(t);
            }
        }
        return trimmed(words);
    }

    private boolean hasMark(Token clause) {
        return syntax.child(clause, "mark") != null;
    }

    private boolean isComplementMark(Token clause) {
        Token mark = syntax.child(clause, "mark");
        if (mark == null) {
            return false;
        }
        String m = ClaimLexicon.lower(mark.text());
        return m.equals("que") || m.equals("qu'") || m.equals("that");
    }

    /** A clause without its leading "que"/"that" and its trailing punctuation. */
    private Span clauseSpan(Token clause) {
        List<Token> words = new ArrayList<>(syntax.subtree(clause));
        while (!words.isEmpty()) {
            Token first = words.getFirst();
            String w = ClaimLexicon.lower(first.text());
            if (first.relation().equals("mark") && first.head() == clause.index() || w.equals("que") || w.equals("qu'")
                    || Syntax.isPunct(first) && !isOpeningMark(first)) {
                words.removeFirst();
            } else {
                break;
            }
        }
        return trimmed(words);
    }

    private static boolean isOpeningMark(Token t) {
        return "«“„‘\"‹".contains(t.text());
    }

    /** The span of some words, without punctuation at the end, or null when fewer than two words are left. */
    private Span trimmed(List<Token> words) {
        List<Token> w = new ArrayList<>(words);
        while (!w.isEmpty() && Syntax.isPunct(w.getLast()) && !"»”\"’›".contains(w.getLast().text())) {
            w.removeLast();
        }
        while (!w.isEmpty() && Syntax.isPunct(w.getFirst()) && !isOpeningMark(w.getFirst())) {
            w.removeFirst();
        }
        long content = w.stream().filter(t -> !Syntax.isPunct(t)).count();
        if (content < 2) {
            return null;
        }
        Span s = Syntax.span(w);
        return balanceMarks(s);
    }

    /** A span that cuts a quotation in two keeps its marks balanced by dropping a lone mark at an end. */
    private Span balanceMarks(Span s) {
        int start = s.start();
        int end = s.end();
        if (end - start >= 2 && "»”\"’›".indexOf(text.charAt(end - 1)) >= 0 && !hasOpening(start, end - 1)) {
            end--;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private boolean hasOpening(int start, int end) {
        for (int i = start; i < end; i++) {
            if ("«“„\"‹‘".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a reporting verb: its agent when passive, a shared subject for coordinated verbs. */
    private Token speakerOf(Token verb) {
        boolean passive = syntax.child(verb, "aux:pass") != null || syntax.child(verb, "nsubj:pass") != null;
        if (passive) {
            Token agent = syntax.child(verb, "obl:agent");
            if (agent == null) {
                for (Token c : syntax.children(verb, "obl")) {
                    Token k = syntax.child(c, "case");
                    if (k != null && (k.text().equalsIgnoreCase("by") || k.text().equalsIgnoreCase("par"))) {
                        agent = c;
                    }
                }
            }
            return agent;
        }
        Token subject = syntax.child(verb, "nsubj");
        if (subject != null && (subject.relation().startsWith("nsubj:pass") || subject.relation().startsWith("expl"))) {
            subject = null;
        }
        if (subject == null && verb.relation().equals("conj")) {
            Token first = syntax.head(verb);
            if (first != null && Syntax.isVerbal(first)) {
                return syntax.child(first, "nsubj");
            }
        }
        if (subject == null && (verb.relation().equals("xcomp") || verb.relation().startsWith("acl")
                || verb.relation().equals("advcl") && syntax.child(verb, "mark") == null)) {
            // "X refuses to confirm …", "X, who said …" — the subject of the governing verb or noun
            Token governor = syntax.head(verb);
            if (governor != null) {
                return Syntax.isVerbal(governor) ? syntax.child(governor, "nsubj") : governor;
            }
        }
        return subject;
    }

    /** A subject pronoun glued to the verb or its auxiliary: "a-t-il dit", "ajoute-t-elle", "dit-il". */
    private Span cliticSubject(Token verb) {
        for (int i = Math.max(0, verb.index() - 2); i <= Math.min(syntax.tokens().size() - 1, verb.index() + 1); i++) {
            Token t = syntax.tokens().get(i);
            if (t.sentence() == verb.sentence() && t.text().startsWith("-") && lexicon.isPronoun(t)) {
                return t.span();
            }
        }
        return null;
    }

    /**
     * A subject after the verb that the parser did not attach: "a ajouté le porte-parole", "said the
     * spokesman", past what hangs from the verb in between ("a écrit sur Telegram le porte-parole", "a
     * déclaré samedi à l'AFP Fabien Roche").
     */
    private Token invertedSubject(Token verb, boolean afterQuotation) {
        java.util.Set<Integer> between = new java.util.HashSet<>();
        for (Token c : syntax.children(verb)) {
            String r = c.relation();
            if (c.index() > verb.index() && (r.startsWith("obl") || r.startsWith("advmod") || r.equals("iobj"))) {
                syntax.subtree(c).forEach(t -> between.add(t.index()));
            }
        }
        for (int i = verb.index() + 1; i < syntax.tokens().size() && i <= verb.index() + 12; i++) {
            Token t = syntax.tokens().get(i);
            if (between.contains(i)) {
                continue;
            }
            if (t.sentence() != verb.sentence() || Syntax.isPunct(t) || t.pos().equals("ADP") || Syntax.isVerbal(t)) {
                return null;
            }
            if (isNominal(t) && !t.relation().startsWith("obl")
                    && (afterQuotation || !t.relation().equals("obj") && !t.relation().equals("iobj"))) {
                return t;
            }
        }
        return null;
    }

    private static boolean isNominal(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN");
    }

    /** How it was said: "dans un communiqué", "on Telegram", "in an interview with the BBC". */
    private String channelOf(Token verb) {
        for (Token c : syntax.children(verb)) {
            if ((c.relation().startsWith("obl") || c.relation().equals("nmod")) && lexicon.isChannel(c)) {
                Span s = Syntax.span(syntax.subtree(c));
                return s == null ? null : s.of(text);
            }
        }
        return null;
    }

    // ---- nominal cues and prepositions --------------------------------------------------------------

    /** "l'annonce par Moscou que …", "the claim by Kyiv that …", "the ministry's denial that …". */
    private List<Draft> nounCue(Token noun, Cue cue) {
        Token clause = null;
        for (Token c : syntax.children(noun)) {
            if ((c.relation().startsWith("acl") || c.relation().startsWith("ccomp")) && Syntax.isVerbal(c) && isComplementMark(c)) {
                clause = c;
            }
        }
        if (clause == null) {
            return List.of();
        }
        Token owner = null;
        for (Token c : syntax.children(noun)) {
            if (c.relation().equals("nmod:poss") || c.relation().equals("nmod") && c.index() < clause.index()) {
                owner = c;
                break;
            }
        }
        Span content = clauseSpan(clause);
        if (owner == null || content == null) {
            return List.of();
        }
        Draft d = new Draft();
        d.quote = content;
        d.cue = noun.span();
        d.cueToken = noun;
        d.stance = cue.stance();
        d.speakerHead = owner;
        d.confidence = 0.7;
        return List.of(d);
    }

    /** The preposition of attribution that starts at {@code t}, if any ("selon", "d'après", "according to"). */
    private Optional<Cue> prepAt(Token t) {
        if (t.index() > 0) {
            Token prev = syntax.tokens().get(t.index() - 1);
            if (prev.span().equals(t.span())) {
                return Optional.empty();
            }
        }
        return lexicon.prepAt(text, t.span().start());
    }

    /**
     * "Selon X, …", "…, according to X.", "…, d'après X, …": the attribution runs from the preposition to
     * the next comma; what it attributes is the rest of the sentence (all of it when the attribution sits
     * in the middle).
     */
    private List<Draft> prepCue(Token prep, Cue cue) {
        List<Token> sentence = syntax.analysis().tokens(syntax.analysis().sentences().get(prep.sentence()));
        Token last = lastPrepToken(prep);
        List<Token> phrase = new ArrayList<>();
        for (Token t : sentence) {
            if (t.index() <= last.index()) {
                continue;
            }
            if (Syntax.isPunct(t) && !isOpeningMark(t) && !"»”\"’›".contains(t.text())) {
                break;
            }
            phrase.add(t);
        }
        Token source = phraseHead(prep, phrase);
        if (source == null || !speaksAsSource(source)) {
            return List.of();
        }
        int phraseEnd = phrase.getLast().index();
        List<Token> before = new ArrayList<>();
        List<Token> after = new ArrayList<>();
        for (Token t : sentence) {
            if (t.index() < prep.index()) {
                before.add(t);
            } else if (t.index() > phraseEnd) {
                after.add(t);
            }
        }
        while (!before.isEmpty() && (Syntax.isPunct(before.getLast()) || before.getLast().pos().equals("CCONJ"))) {
            before.removeLast();
        }
        Span b = trimmed(before);
        Span a = trimmed(after);
        Span content = b == null ? a : a == null ? b : new Span(b.start(), a.end());
        if (content == null) {
            return List.of();
        }
        Quotation whole = quotationCovering(content);
        Draft d = new Draft();
        d.quote = whole != null ? whole.inner() : content;
        d.direct = whole != null;
        d.cue = new Span(prep.span().start(), last.span().end());
        d.cueToken = prep;
        d.stance = cue.stance();
        d.speakerHead = source;
        d.speakerPhrase = Syntax.span(phrase);
        d.confidence = 0.8;
        return List.of(d);
    }

    /** The word of an attribution phrase that names the source: the preposition's head, else its first noun. */
    private Token phraseHead(Token prep, List<Token> phrase) {
        if (phrase.isEmpty()) {
            return null;
        }
        Token head = syntax.head(prep);
        if (head != null && phrase.contains(head)) {
            return head;
        }
        for (Token t : phrase) {
            if (t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("PRON")) {
                return t;
            }
        }
        return null;
    }

    private Token lastPrepToken(Token prep) {
        Token last = prep;
        for (int i = prep.index() + 1; i < syntax.tokens().size(); i++) {
            Token t = syntax.tokens().get(i);
            if (t.relation().equals("fixed") && t.head() == prep.index() || t.span().equals(prep.span())
                    || t.relation().equals("case") && t.head() == prep.head() && i == last.index() + 1) {
                last = t;
            } else {
                break;
            }
        }
        return last;
    }

    /** Whether the noun after "selon"/"according to" can speak: a named source, a pronoun, a source noun. */
    private boolean speaksAsSource(Token source) {
        if (source.pos().equals("PROPN") || lexicon.isPronoun(source) || lexicon.isSourceNoun(source)
                || source.pos().equals("PRON") && !lexicon.isRelative(source)) {
            return true;
        }
        if (lexicon.isChannel(source)) {
            return true;
        }
        for (var m : syntax.analysis().mentions()) {
            if (m.span().contains(source.span()) && m.entityId() != null) {
                return true;
            }
        }
        return false;
    }

    // ---- quotations without a cue ---------------------------------------------------------------------

    /** A quotation standing as a sentence of its own continues the speaker who spoke last. */
    private void addCuelessQuotations(List<Draft> drafts) {
        for (Quotation q : quotations) {
            if (q.depth() > 0 || q.words() < MIN_CUELESS_WORDS) {
                continue;
            }
            boolean claimed = drafts.stream().anyMatch(d -> d.quote.overlaps(q.inner()) || d.quote.contains(q.inner()));
            if (claimed || !standsAlone(q)) {
                continue;
            }
            Draft d = new Draft();
            d.quote = q.inner();
            d.direct = true;
            d.stance = Claim.Stance.ASSERT;
            d.continuation = true;
            d.confidence = 0.6;
            drafts.add(d);
        }
    }

    /** Whether a quotation is a sentence (or more) of its own rather than words inside a sentence. */
    private boolean standsAlone(Quotation q) {
        int i = q.outer().start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        boolean startsSentence = i < 0 || ".!?\n:…".indexOf(text.charAt(i)) >= 0;
        int j = q.outer().end();
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0')) {
            j++;
        }
        char last = text.charAt(Math.max(q.inner().start(), q.inner().end() - 1));
        boolean endsSentence = j >= text.length() || ".!?\n".indexOf(text.charAt(j)) >= 0 || ".!?…".indexOf(last) >= 0;
        return startsSentence && endsSentence;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private boolean insideQuotation(Span span) {
        for (Quotation q : quotations) {
            if (q.inner().contains(span) && q.words() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The quotation that makes up (nearly) all of a content span, or null. */
    private Quotation quotationCovering(Span content) {
        for (Quotation q : quotations) {
            if (q.depth() > 0) {
                continue;
            }
            Span o = q.outer();
            if (o.start() <= content.start() + 1 && o.end() >= content.end() - 1
                    || q.inner().contains(content) && content.length() * 10 >= q.inner().length() * 8) {
                return q;
            }
            if (content.contains(o) && outsideLetters(content, o) <= 3) {
                return q;
            }
        }
        return null;
    }

    private int outsideLetters(Span content, Span quote) {
        int n = 0;
        for (int i = content.start(); i < content.end(); i++) {
            if ((i < quote.start() || i >= quote.end()) && Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** One claim per content span: the surest. */
    private static List<Draft> dedupe(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft same = out.stream().filter(o -> o.quote.equals(d.quote)).findFirst().orElse(null);
            if (same == null) {
                out.add(d);
            } else if (d.confidence > same.confidence) {
                out.set(out.indexOf(same), d);
            }
        }
        return out;
    }
}

package org.factline.extract.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.factline.extract.claim.ClaimFinder.Draft;
import org.factline.extract.time.DependencyTense;
import org.factline.extract.time.TimeAnchors;
import org.factline.model.Claim;
import org.factline.model.PublicationDate;
import org.factline.model.Span;
import org.factline.model.Timex;
import org.factline.model.Token;
import org.factline.time.Tense;
import org.factline.extract.nlp.Syntax;

/**
 * When each claim was made. In order of trust: a time expression attached to the cue ("a affirmé
 * vendredi 7 février", "said on Friday"); the context — the date of the claim before when the same
 * speaker goes on or the cue says so ("ajoutait alors"), else the last date the paragraph gave before
 * the cue; and for a cue told as a completed act with nothing else to go by ("a déclaré", "said"), the
 * article's date, marked as such. An ongoing past ("affirmait", "had said") or a present ("says") with
 * no date stays undated.
 */
final class ClaimDates {

    private final Syntax syntax;
    private final ClaimLexicon lexicon;
    private final Paragraphs paragraphs;
    private final String articleDate;
    private final DependencyTense tense;
    /** Point time expressions by the index of the verb they hang from. */
    private final Map<Integer, Timex> byVerb = new HashMap<>();

    ClaimDates(Syntax syntax, ClaimLexicon lexicon, Paragraphs paragraphs) {
        this.syntax = syntax;
        this.lexicon = lexicon;
        this.paragraphs = paragraphs;
        this.articleDate = articleDate(syntax.analysis().article().published());
        this.tense = new DependencyTense(syntax.analysis(), syntax.analysis().article().language().code());
        for (Timex t : syntax.analysis().timexes()) {
            if (!isPoint(t)) {
                continue;
            }
            Token verb = TimeAnchors.governingVerb(syntax.analysis(), t.span());
            if (verb != null) {
                Timex known = byVerb.get(verb.index());
                if (known == null || Math.abs(t.span().start() - verb.span().start())
                        < Math.abs(known.span().start() - verb.span().start())) {
                    byVerb.put(verb.index(), t);
                }
            }
        }
    }

    void date(List<Draft> drafts) {
        Draft previous = null;
        for (Draft d : drafts) {
            Timex stated = d.cueToken != null && Syntax.isVerbal(d.cueToken) ? byVerb.get(d.cueToken.index()) : null;
            if (stated == null && d.cueToken != null && Syntax.isVerbal(d.cueToken)) {
                stated = rightAfter(d.cue);
            }
            if (stated != null) {
                set(d, dayOf(stated), Claim.DateBasis.STATED);
            } else if (previous != null && previous.date != null && goesOn(previous, d)) {
                set(d, previous.date, Claim.DateBasis.CONTEXT);
            } else if (d.cueToken != null && continuesTime(d.cueToken)) {
                String before = lastDateBefore(d.cue.start());
                if (before != null) {
                    set(d, before, Claim.DateBasis.CONTEXT);
                }
            }
            if (d.date == null && d.cueToken != null && Syntax.isVerbal(d.cueToken) && completedPast(d)) {
                set(d, articleDate, Claim.DateBasis.ARTICLE);
            }
            previous = d;
        }
    }

    /**
     * A date written right after the cue ("a démenti mardi avoir …", "said on Friday that …"), which the
     * parser sometimes hangs from the complement instead: nothing but a preposition between them, and not
     * the possessive that makes it part of the content ("said Friday's attack …").
     */
    private Timex rightAfter(Span cue) {
        String text = syntax.analysis().text();
        for (Timex t : syntax.analysis().timexes()) {
            if (t.span().start() < cue.end() || t.span().start() - cue.end() > 5) {
                continue;
            }
            String gap = text.substring(cue.end(), t.span().start()).strip();
            String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 2));
            if (isPoint(t) && (gap.isEmpty() || gap.matches("\\p{L}{1,3}")) && !after.matches("['’]s")) {
                return t;
            }
            return null;
        }
        return null;
    }

    private static void set(Draft d, String date, Claim.DateBasis basis) {
        if (date != null) {
            d.date = date;
            d.dateBasis = basis;
        }
    }

    /** The same speaker going on, or a cue that carries the time before ("ajoutait alors Séoul"), nearby. */
    private boolean goesOn(Draft previous, Draft d) {
        int gap = paragraphs.indexOf(d.position()) - paragraphs.indexOf(previous.position());
        if (gap > 1) {
            return false;
        }
        if (d.continuation) {
            return true;
        }
        if (d.cueToken != null && continuesTime(d.cueToken)) {
            return true;
        }
        boolean sameSpeaker = previous.speaker != null && d.speaker != null
                && (previous.speaker.entityId() != null && Objects.equals(previous.speaker.entityId(), d.speaker.entityId())
                || Objects.equals(previous.speaker.name(), d.speaker.name()));
        if (!sameSpeaker || d.cueToken == null) {
            return false;
        }
        // "selon lui" has no tense of its own; a verb in the present ("says") speaks of now, not of then
        return !Syntax.isVerbal(d.cueToken) || tense.at(d.cue) != Tense.PRESENT && tense.at(d.cue) != Tense.FUTURE;
    }

    private boolean continuesTime(Token cue) {
        for (Token c : syntax.children(cue)) {
            if (c.relation().startsWith("advmod") && lexicon.isContinuation(c) && c.text().length() > 3) {
                return true;
            }
        }
        return false;
    }

    /** The last date stated in the cue's paragraph before it, outside what is claimed. */
    private String lastDateBefore(int offset) {
        Span paragraph = paragraphs.containing(offset);
        Timex last = null;
        for (Timex t : syntax.analysis().timexes()) {
            if (isPoint(t) && t.span().end() <= offset && (paragraph == null || t.span().start() >= paragraph.start())) {
                last = t;
            }
        }
        return last == null ? null : dayOf(last);
    }

    /** "a déclaré", "said", "s'est félicité": a past told as done, not "affirmait", "had said", "says". */
    private boolean completedPast(Draft d) {
        if (d.continuation || d.cue == null) {
            return false;
        }
        for (String word : d.cue.of(syntax.analysis().text()).split("[\\s-]+")) {
            if (lexicon.isImperfective(word)) {
                return false;
            }
        }
        return tense.at(d.cue) == Tense.PAST;
    }

    private static boolean isPoint(Timex t) {
        return (t.type() == Timex.Type.DATE || t.type() == Timex.Type.TIME) && !t.value().startsWith("P")
                && !t.value().endsWith("_REF") && Character.isDigit(t.value().charAt(0));
    }

    /** A claim's date is a day at most: "2025-02-07T14:00" → "2025-02-07". */
    private static String dayOf(Timex t) {
        String v = t.value();
        int time = v.indexOf('T');
        return time > 0 ? v.substring(0, time) : v;
    }

    private static String articleDate(PublicationDate published) {
        if (published == null) {
            return null;
        }
        return switch (published.precision()) {
            case DAY -> published.earliestDay().toString();
            case MONTH -> published.earliestDay().toString().substring(0, 7);
            case YEAR -> null;
        };
    }
}

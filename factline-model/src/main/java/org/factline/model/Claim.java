package org.factline.model;

/**
 * Something a source is reported to have said: who, with which words of reporting, what exactly, when,
 * and whether in the source's own words.
 *
 * @param quote      the claimed content: the words inside the quotation marks for a direct quote, the
 *                   complement clause (without "que"/"that") for reported speech
 * @param quoteText  its words
 * @param cue        the reporting words ("a déclaré", "a-t-il dit", "according to", "selon"), or null
 *                   when a quotation continues a speaker's words without a cue of its own
 * @param cueText    their words, or null
 * @param speaker    who says it
 * @param direct     whether the quote is the speaker's own words in quotation marks
 * @param stance     what the cue does with the content (asserts, denies, confirms, accuses, praises)
 * @param negated    whether the cue is negated ("n'ont pas confirmé", "did not deny")
 * @param date       the ISO value of when it was said (TIMEX3 style: {@code 2025-02-07}, {@code 2024-12}),
 *                   or null when the text does not tell
 * @param dateBasis  where the date comes from
 * @param channel    how it was said, when the text tells ("dans un communiqué", "on Telegram"), or null
 * @param evidence   the sentence or sentences that carry the claim
 * @param parent     index in {@link Analysis#claims()} of the claim that reports this one ("X said that Y
 *                   had announced …": Y's claim has X's as parent), or -1
 * @param confidence how sure the extractor is, from 0 to 1
 */
public record Claim(Span quote, String quoteText, Span cue, String cueText, Speaker speaker, boolean direct,
                    Stance stance, boolean negated, String date, DateBasis dateBasis, String channel,
                    Span evidence, int parent, double confidence) {

    /** What a cue does with what it reports. */
    public enum Stance { ASSERT, DENY, CONFIRM, ACCUSE, PRAISE }

    /** Where a claim's date comes from. */
    public enum DateBasis {
        /** A time expression governs the cue: "a affirmé vendredi 7 février". */
        STATED,
        /** The surrounding text: "Le 31 janvier, Kiev avait affirmé …; … ajoutait alors Séoul". */
        CONTEXT,
        /** Nothing in the text: the article's date, for a cue told as a completed act of the news day. */
        ARTICLE,
        /** Not known. */
        NONE
    }

    /**
     * Who a claim is attributed to.
     *
     * @param entityId the entity, when the speaker is one the article refers to, else null
     * @param name     the canonical name of that entity, else the words that name the speaker as the
     *                 text has them without their article ("source proche du dossier", "military analysts")
     * @param span     the words at the cue that name the speaker ("il", "le président ukrainien"), or null
     *                 when the speaker was carried over from before
     * @param text     those words, or null
     */
    public record Speaker(String entityId, String name, Span span, String text) {
    }

    /** Whether the claim asserts or denies, once the negation of the cue is counted. */
    public boolean denies() {
        return (stance == Stance.DENY) != negated;
    }
}

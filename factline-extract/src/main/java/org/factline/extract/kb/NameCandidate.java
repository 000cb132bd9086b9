package org.factline.extract.kb;

/**
 * An entity a name may refer to.
 *
 * @param entity the entity
 * @param score  how likely, 0–1: 1 for an alias written exactly so, less the looser the match and when the
 *               entity's type only neighbours the one asked for
 * @param how    how the name matched
 * @param alias  the entity's name it matched
 */
public record NameCandidate(KbEntity entity, double score, How how, String alias) {

    public enum How {
        /** An alias written exactly so (case and accents included). */
        EXACT,
        /** An alias, ignoring case, accents and typographic variants. */
        FOLDED,
        /** Another language's rendering of the same name ("Guérassimov" for "Gerasimov"). */
        TRANSLITERATION,
        /** A surname or short name standing alone ("Poutine" for Vladimir Putin). */
        SURNAME,
        /** A near miss by one letter that also sounds alike (Beider–Morse). */
        PHONETIC
    }
}

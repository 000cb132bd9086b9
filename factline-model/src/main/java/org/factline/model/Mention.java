package org.factline.model;

/**
 * A span of the text that refers to an entity.
 *
 * @param span       where it is
 * @param text       its words
 * @param type       what kind of entity it refers to
 * @param entityId   the entity it is linked to (a knowledge-base id, or a local id from the normalised
 *                   name), or null when it could not be linked
 * @param kind       how it refers
 * @param provenance what found it and how sure it was
 */
public record Mention(Span span, String text, EntityType type, String entityId, Kind kind, Provenance provenance) {

    public enum Kind {
        /** A proper name: "Valéri Guérassimov", "Koursk", "the Kremlin". */
        NAME,
        /** A name with an honorific: "M. Guérassimov", "Mr Zelensky". */
        HONORIFIC,
        /** A surname alone, tied to the full name earlier in the article: "Zelensky". */
        SURNAME,
        /** A title or role: "le président russe", "le maître du Kremlin", "the Ukrainian president". */
        ROLE,
        /** A nationality or group: "les soldats nord-coréens", "Sud-Coréens", "North Korean troops". */
        GROUP,
        /** A capital or seat of power standing for its government: "Kiev a affirmé", "Seoul said". */
        METONYM
    }
}

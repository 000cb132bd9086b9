package org.factline.extract.kb;

import java.util.List;

/**
 * An alias of the knowledge base found in a text.
 *
 * @param start   offset of the first char
 * @param end     offset after the last char
 * @param surface the text between them
 * @param hits    the entities it may name, best first: aliases written exactly as in the text first, then
 *                aliases of the text's language, then by prominence (countries, capitals, population)
 */
public record GazetteerMatch(int start, int end, String surface, List<Hit> hits) {

    public GazetteerMatch {
        hits = List.copyOf(hits);
    }

    /**
     * One entity a match may name.
     *
     * @param entity the entity
     * @param alias  which of its names matched (the canonical name is an English {@link Alias.Kind#NAME})
     */
    public record Hit(KbEntity entity, Alias alias) {
    }

    public List<KbEntity> entities() {
        return hits.stream().map(Hit::entity).distinct().toList();
    }

    public KbEntity best() {
        return hits.getFirst().entity();
    }
}

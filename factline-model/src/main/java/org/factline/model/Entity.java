package org.factline.model;

import java.util.List;

/**
 * An entity an article refers to, with every spelling the article uses for it.
 *
 * @param id       stable id: a Wikidata QID where the knowledge base is certain of it ({@code Q2071} for…),
 *                 else a local id ({@code fl:person:valery-gerasimov}) derived from the type and
 *                 normalised name, so that the same unknown entity gets the same id in every article
 * @param name     canonical English name ("Kursk Oblast", "Vladimir Putin")
 * @param type     what kind of entity it is
 * @param aliases  the distinct surface forms used in the article, in order of first use
 * @param place    coordinates for places, else null
 * @param known    whether the knowledge base knows it (false for entities found only in the text)
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, Place place, boolean known) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}

package org.factline.extract.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * An entity the knowledge base knows.
 *
 * @param id         Wikidata QID where certain ({@code Q7747}), else a local id ({@code fl:gpe:kursk-oblast})
 * @param type       what kind of entity it is
 * @param name       canonical English name, Wikipedia-title style ("Kursk Oblast", "Vladimir Putin")
 * @param aliases    every other way of writing it, per language, the canonical name not included
 * @param roles      roles held, with their validity intervals
 * @param place      where it is (places only), else null
 * @param country    ISO 3166-1 alpha-2 code of the country it belongs to (or is), or null
 * @param population inhabitants for places where known, else 0; used to rank places of the same name
 * @param partOf     id of the region a city lies in, or of the country a region lies in, or null
 * @param governs    id of the country whose government this entity stands for when it speaks or acts:
 *                   capitals and seats of power (Kyiv, the Kremlin → the country), else null
 * @param capital    for countries, id of the capital city, else null
 */
public record KbEntity(String id, EntityType type, String name, List<Alias> aliases, List<RoleTerm> roles,
        Place place, String country, long population, String partOf, String governs, String capital) {

    public KbEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** Whether this is a country (a GPE placed at country precision). */
    public boolean isCountry() {
        return type == EntityType.GPE && place != null && place.precision() == Place.Precision.COUNTRY;
    }

    /** The canonical name and every alias that may be used for text in {@code lang}. */
    public List<String> names(String lang) {
        List<String> names = new ArrayList<>();
        names.add(name);
        for (Alias a : aliases) {
            if (a.usableIn(lang) && !names.contains(a.text())) {
                names.add(a.text());
            }
        }
        return names;
    }

    /** The model entity for an article, with the surface forms the article used. */
    public Entity toEntity(List<String> surfaces) {
        return new Entity(id, name, type, surfaces, place, true);
    }

    /** Rough importance for ranking entities of the same name: countries first, then capitals, then by population. */
    double prominence() {
        if (isCountry()) {
            return 1e12;
        }
        return governs != null ? 10.0 * Math.max(population, 100_000) : population;
    }
}

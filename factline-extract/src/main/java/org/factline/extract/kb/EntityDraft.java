package org.factline.extract.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * An entity while the knowledge base is being read: several lines with the same id (a generated city and its
 * curated exonyms, a country and its curated abbreviations) merge into one draft.
 */
final class EntityDraft {

    final String id;
    EntityType type;
    String name;
    final Set<Alias> aliases = new LinkedHashSet<>();
    final List<RoleTerm> roles = new ArrayList<>();
    Double lat;
    Double lon;
    String admin1;
    Place.Precision precision;
    String country;
    long population;
    String partOf;
    String governs;
    String capital;
    /** For cities and regions of the generated tables: {@code country.admin1code} of their region. */
    String regionKey;

    EntityDraft(String id) {
        this.id = id;
    }

    /** Takes what {@code later} says: its values replace these where given; aliases and roles add up. */
    void merge(EntityDraft later) {
        type = later.type != null ? later.type : type;
        name = later.name != null ? later.name : name;
        aliases.addAll(later.aliases);
        for (RoleTerm r : later.roles) {
            if (!roles.contains(r)) {
                roles.add(r);
            }
        }
        if (later.lat != null) {
            lat = later.lat;
            lon = later.lon;
        }
        admin1 = later.admin1 != null ? later.admin1 : admin1;
        precision = later.precision != null ? later.precision : precision;
        country = later.country != null ? later.country : country;
        population = later.population > 0 ? later.population : population;
        partOf = later.partOf != null ? later.partOf : partOf;
        governs = later.governs != null ? later.governs : governs;
        capital = later.capital != null ? later.capital : capital;
        regionKey = later.regionKey != null ? later.regionKey : regionKey;
    }

    boolean complete() {
        return type != null && name != null;
    }

    KbEntity build() {
        Place place = lat == null ? null
                : new Place(lat, lon, country, admin1, precision != null ? precision : Place.Precision.EXACT);
        List<Alias> others = aliases.stream()
                .filter(a -> a.kind() != Alias.Kind.NAME || !a.text().equals(name)).toList();
        return new KbEntity(id, type, name, others, roles, place, country, population, partOf, governs, capital);
    }
}

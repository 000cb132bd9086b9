package org.factline.extract.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.model.Place;

/**
 * Turns merged drafts into entities, resolving the links the files leave implicit: a city's region
 * (from its GeoNames first-level code), a region's country, a capital's government.
 */
final class KbAssembly {

    private KbAssembly() {
    }

    static List<KbEntity> assemble(KbReader reader) {
        Map<String, EntityDraft> regions = new HashMap<>();
        Map<String, EntityDraft> countries = new HashMap<>();
        for (EntityDraft d : reader.drafts.values()) {
            if (d.precision == Place.Precision.REGION && d.regionKey != null) {
                regions.put(d.regionKey, d);
            } else if (d.precision == Place.Precision.COUNTRY && d.country != null) {
                countries.putIfAbsent(d.country, d);
            }
        }
        for (EntityDraft d : reader.drafts.values()) {
            linkPlace(d, regions, countries);
            if (d.capital != null && reader.drafts.containsKey(d.capital)) {
                EntityDraft capital = reader.drafts.get(d.capital);
                capital.governs = capital.governs != null ? capital.governs : d.id;
            }
        }
        List<KbEntity> entities = new ArrayList<>(reader.drafts.size());
        for (EntityDraft d : reader.drafts.values()) {
            if (d.complete()) {
                entities.add(d.build());
            } else {
                reader.problems.add(new KbProblem("(merged)", 0,
                        "entity " + d.id + " has no type or name: a line adds to an id no file defines"));
            }
        }
        return entities;
    }

    private static void linkPlace(EntityDraft d, Map<String, EntityDraft> regions, Map<String, EntityDraft> countries) {
        EntityDraft country = d.country == null ? null : countries.get(d.country);
        if (d.precision == Place.Precision.REGION) {
            d.admin1 = d.admin1 != null ? d.admin1 : d.name;
            d.partOf = d.partOf != null || country == null ? d.partOf : country.id;
        } else if (d.regionKey != null && regions.containsKey(d.regionKey)) {
            EntityDraft region = regions.get(d.regionKey);
            d.admin1 = d.admin1 != null ? d.admin1 : region.name;
            d.partOf = d.partOf != null ? d.partOf : region.id;
        } else if (d.precision != Place.Precision.COUNTRY && d.partOf == null && country != null && d.lat != null) {
            d.partOf = country.id;
        }
    }
}

package org.factline.extract.kb;

import java.util.Locale;
import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * The compact tab-separated format of the generated city and region tables ({@code kb/cities.tsv},
 * {@code kb/regions.tsv}): one place per line, {@code #} starts a comment line.
 *
 * <pre>id  name  country  admin1  lat  lon  population  precision  aliases</pre>
 *
 * {@code admin1} is the GeoNames first-level code within the country ({@code 41} for Kursk Oblast): a
 * city's region, or a region's own code. The knowledge base resolves it to the region's id and name.
 * {@code aliases} are other names in any language, separated by {@code |} (a source's spelling that the
 * canonical name replaced: "Odessa" for Odesa).
 */
final class PlaceTable {

    static final String HEADER = "# id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tprecision\taliases";

    private PlaceTable() {
    }

    static EntityDraft read(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 9) {
            throw new IllegalArgumentException("expected 9 tab-separated fields, found " + f.length);
        }
        EntityDraft d = new EntityDraft(f[0]);
        d.type = EntityType.GPE;
        d.name = f[1];
        d.country = f[2];
        d.regionKey = f[3].isEmpty() ? null : f[2] + "." + f[3];
        try {
            d.lat = Double.parseDouble(f[4]);
            d.lon = Double.parseDouble(f[5]);
            d.population = f[6].isEmpty() ? 0 : Long.parseLong(f[6]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number: " + e.getMessage());
        }
        try {
            d.precision = Place.Precision.valueOf(f[7]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown precision \"" + f[7] + "\"");
        }
        for (String alias : f[8].isEmpty() ? new String[0] : f[8].split("\\|")) {
            d.aliases.add(new Alias(alias, Alias.ANY_LANGUAGE, Alias.Kind.NAME));
        }
        return d;
    }

    static String write(String id, String name, String country, String admin1, double lat, double lon,
            long population, Place.Precision precision, java.util.Collection<String> aliases) {
        return String.join("\t", id, name, country, admin1 == null ? "" : admin1,
                String.format(Locale.ROOT, "%.4f", lat), String.format(Locale.ROOT, "%.4f", lon),
                population > 0 ? Long.toString(population) : "", precision.name(), String.join("|", aliases));
    }
}

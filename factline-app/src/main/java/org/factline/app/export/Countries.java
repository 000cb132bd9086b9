package org.factline.app.export;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factline.model.Place;

/**
 * The codes each export writes for a country ({@code export/countries.tsv}): ISO 3166-1 alpha-2 (what places
 * carry), alpha-3 (ACLED's event ids; CAMEO's country codes, which follow it), numeric (ACLED's {@code iso}),
 * FIPS 10-4 (GDELT's geography), the English name and ACLED's region.
 */
final class Countries {

    /** One country's codes; {@code numeric} and {@code fips} may be empty where none exists (Kosovo, Åland). */
    record Country(String iso2, String iso3, String numeric, String fips, String name, String acledRegion,
                   Map<String, String> fipsByAdmin1) {

        /**
         * The FIPS 10-4 code of a place in this country: the country's, or its region's where FIPS splits the
         * country (the Gaza Strip and the West Bank).
         */
        String fips(Place place) {
            if (place != null && place.admin1() != null) {
                String byRegion = fipsByAdmin1.get(place.admin1().toLowerCase(Locale.ROOT));
                if (byRegion != null) {
                    return byRegion;
                }
            }
            return fips;
        }
    }

    private static final Countries STANDARD = new Countries();

    private final Map<String, Country> byIso2 = new HashMap<>();

    private Countries() {
        for (DataFile.Row row : DataFile.read("countries.tsv")) {
            Map<String, String> byAdmin1 = new LinkedHashMap<>();
            String splits = row.fields().length > 6 ? row.field(6) : "";
            for (String pair : splits.isEmpty() ? new String[0] : splits.split("\\|")) {
                String[] kv = pair.split("=", 2);
                byAdmin1.put(kv[0].toLowerCase(Locale.ROOT), kv[1]);
            }
            Country c = new Country(row.field(0), row.field(1), row.field(2), row.field(3), row.field(4), row.field(5),
                    Map.copyOf(byAdmin1));
            byIso2.put(c.iso2(), c);
        }
    }

    static Countries standard() {
        return STANDARD;
    }

    /** The country of an ISO 3166-1 alpha-2 code, any case. */
    Optional<Country> byIso2(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }
}

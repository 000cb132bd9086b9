package org.factline.model;

/**
 * Where a place is, for maps and for telling places apart.
 *
 * @param lat       latitude, degrees
 * @param lon       longitude, degrees
 * @param country   ISO 3166-1 alpha-2 code of its country, or null (international waters, disputed)
 * @param admin1    name of its first-level region (oblast, state, région), or null
 * @param precision how exactly the coordinates locate the place
 */
public record Place(double lat, double lon, String country, String admin1, Precision precision) {

    public enum Precision {
        /** The place itself: a village, a city, a building. */
        EXACT,
        /** The centre of a region (oblast, province). */
        REGION,
        /** The centre of a country. */
        COUNTRY
    }
}

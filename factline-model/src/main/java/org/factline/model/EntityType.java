package org.factline.model;

/** What kind of thing an entity is (see DESIGN.md). */
public enum EntityType {
    /** A person. */
    PERSON,
    /** Governments, armies, agencies, companies, outlets, parties, international bodies. */
    ORG,
    /** Countries, regions and cities as political units. */
    GPE,
    /** Other places: villages, residences, rivers, fronts, buildings. */
    LOC,
    /** Nationalities and other groups of people ("les soldats nord-coréens" → group of North Korea). */
    GROUP
}

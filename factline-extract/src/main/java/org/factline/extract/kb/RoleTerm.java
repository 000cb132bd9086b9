package org.factline.extract.kb;

import java.time.LocalDate;

/**
 * A role an entity held in another, for a time.
 *
 * @param role what role
 * @param of   id of the entity it is held in (a country, an organisation)
 * @param from first day held, or null when unknown (then held since ever)
 * @param to   first day no longer held (the successor's first day, so terms chain without overlap),
 *             or null when ongoing as far as the data knows
 */
public record RoleTerm(Role role, String of, LocalDate from, LocalDate to) {

    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }
}

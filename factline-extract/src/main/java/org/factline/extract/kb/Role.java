package org.factline.extract.kb;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roles the knowledge base records, with the ids used in its data files ({@code head_of_state}).
 * This enum is the one place that lists them: title lexicons ("le président russe", "the Ukrainian
 * foreign minister") map titles to these roles and ask {@link KnowledgeBase#holder} who held one.
 *
 * <p>{@code of} is the entity the role is held in: a country for offices of state, an organisation
 * for its leader ({@code leader} of NATO), a region or city for regional offices ({@code leader} of
 * Chechnya, {@code mayor} of Kyiv).
 */
public enum Role {
    /** President, monarch or supreme leader: the head of state (of a country). */
    HEAD_OF_STATE("head_of_state"),
    /** Prime minister, chancellor, premier; also presidents of presidential republics (US, Brazil, Turkey since 2018). */
    HEAD_OF_GOVERNMENT("head_of_government"),
    /**
     * Holder of an office titled president where that office is not the head of state (Iran).
     * "président iranien" → try PRESIDENT, then HEAD_OF_STATE.
     */
    PRESIDENT("president"),
    VICE_PRESIDENT("vice_president"),
    /** Foreign minister, secretary of state, foreign secretary, EU High Representative. */
    FOREIGN_MINISTER("foreign_minister"),
    /** Defence minister, secretary of defense, minister of the armed forces. */
    DEFENCE_MINISTER("defence_minister"),
    /** Chief of the general staff or of the defence staff, chairman of the joint chiefs of staff. */
    CHIEF_OF_GENERAL_STAFF("chief_of_general_staff"),
    /** Commander-in-chief of the armed forces where that is a post of its own (Ukraine). */
    COMMANDER_IN_CHIEF("commander_in_chief"),
    /** Spokesperson or press secretary of the head of state or government ("porte-parole du Kremlin"). */
    SPOKESPERSON("spokesperson"),
    /** Spokesperson of the foreign ministry. */
    FOREIGN_MINISTRY_SPOKESPERSON("foreign_ministry_spokesperson"),
    /** Head of the head of state's office or administration (White House chief of staff, Ukraine's Office of the President). */
    CHIEF_OF_STAFF("chief_of_staff"),
    NATIONAL_SECURITY_ADVISER("national_security_adviser"),
    /**
     * Head of an organisation, party, armed group, agency or sub-national entity (UN or NATO secretary-general,
     * president of the European Commission, leader of Hamas, director of the CIA, head of Chechnya,
     * supreme leader of North Korea).
     */
    LEADER("leader"),
    MAYOR("mayor");

    private static final Map<String, Role> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Role::id, Function.identity()));

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The id used in data files. */
    public String id() {
        return id;
    }

    public static Optional<Role> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}

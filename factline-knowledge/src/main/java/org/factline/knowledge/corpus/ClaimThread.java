package org.factline.knowledge.corpus;

import java.util.List;

/**
 * One proposition and every source's stance on it over time: "North Korean troops are fighting in Kursk" —
 * Kyiv asserts, Moscow denies, Moscow confirms. Claims join a thread when they report the same corpus event,
 * or when their words are close enough in one language.
 *
 * @param proposition a few words for a reader: the event's label, or the first claim's words
 * @param stances     the stances in time order
 */
public record ClaimThread(String proposition, List<Stance> stances) {

    /** One source's stance: what it said, where and when, and whether it denies. */
    public record Stance(Statement statement, boolean denies) {
    }
}

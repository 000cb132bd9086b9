package org.factline.knowledge.corpus;

/**
 * Who a source speaks for: a person or a body stands for its country's side ("Valery Gerasimov" and "the
 * Russian Ministry of Defence" for Russia), a country for itself. The corpus layer compares parties, not
 * names, to tell a reversal (the same party denies, then confirms) from a disagreement (two parties).
 * The application answers from its knowledge base; an entity it does not know is its own party.
 */
@FunctionalInterface
public interface Parties {

    /** The party an entity speaks for, or the entity itself. */
    String of(String entityId);

    /** No knowledge of parties: every source is its own. */
    static Parties none() {
        return id -> id;
    }
}

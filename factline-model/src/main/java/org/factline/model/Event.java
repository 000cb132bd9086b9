package org.factline.model;

import java.util.List;

/**
 * Something that happened, or is said to have happened: who did what to whom, where and when, and on
 * whose word.
 *
 * @param type       what kind of event
 * @param trigger    the words that name it ("a été libérée", "la prise de", "killed"); the first mention
 *                   when the article tells it more than once
 * @param triggerText those words
 * @param actors     who takes part, with their role
 * @param location   where it happened, or null when the text does not say
 * @param date       the ISO value of when it happened (TIMEX3 style), or null: never silently the
 *                   publication date
 * @param dateBasis  where the date comes from
 * @param modality   whether it happened as told, or is denied, planned, hypothetical or failed
 * @param claim      index in {@link Analysis#claims()} of the claim that reports it, or -1 when the
 *                   outlet states it as fact (asserted by the narrator)
 * @param evidence   the clauses or sentences that tell it, in text order (a headline and a body sentence
 *                   telling the same event give two)
 * @param confidence how sure the extractor is, from 0 to 1
 */
public record Event(EventType type, Span trigger, String triggerText, List<Actor> actors, Location location,
                    String date, DateBasis dateBasis, Modality modality, int claim, List<Span> evidence,
                    double confidence) {

    public Event {
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
    }

    /** How an actor takes part. */
    public enum Role {
        /** Who acts: the attacker, the one who captures, withdraws, deploys, signs. */
        AGENT,
        /** Who or what is acted on: the target, the casualties, the territory's former holder. */
        PATIENT,
        /** Who takes part without a direction: the sides of a meeting, a negotiation, an election. */
        PARTICIPANT
    }

    /** Whether and how the event is said to happen. */
    public enum Modality {
        /** Told as having happened or happening. */
        ASSERTED,
        /** Told as not having happened ("n'a pas attaqué", "denied that troops were deployed"). */
        NEGATED,
        /** Announced, planned, threatened for later ("va retirer", "will deploy"). */
        PLANNED,
        /** Conditional or uncertain ("si elle était confirmée", "could", "may have"). */
        HYPOTHETICAL,
        /** Tried without success ("a tenté de reprendre", "failed to capture"). */
        FAILED
    }

    /** Where an event's date comes from. */
    public enum DateBasis {
        /** A time expression governs the trigger. */
        STATED,
        /** The date of the claim that reports it, when the claim is about the present. */
        CLAIM,
        /** Not known. */
        NONE
    }

    /**
     * A participant.
     *
     * @param role     how it takes part
     * @param entityId the entity, when the article refers to a known or found one, else null
     * @param name     its canonical name, else the words as written
     * @param span     the words in the text
     * @param text     those words
     */
    public record Actor(Role role, String entityId, String name, Span span, String text) {
    }

    /**
     * Where an event happened.
     *
     * @param entityId the place entity, or null
     * @param name     its canonical name
     * @param span     the words in the text
     * @param place    coordinates and how precisely they locate the event, or null when unknown
     */
    public record Location(String entityId, String name, Span span, Place place) {
    }
}

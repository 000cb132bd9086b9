package org.factline.model;

/**
 * Kinds of event (shared/DESIGN.md), each with its PLOVER event type for export (PLOVER is the open
 * successor of CAMEO; see https://github.com/openeventdata/PLOVER).
 */
public enum EventType {
    ATTACK("ASSAULT"),
    CAPTURE_TERRITORY("FIGHT"),
    WITHDRAW("RETREAT"),
    DEPLOY("MOBILIZE"),
    CASUALTIES("FIGHT"),
    AGREEMENT("AGREE"),
    MEETING("CONSULT"),
    NEGOTIATION("CONSULT"),
    STATEMENT_DENIAL("REJECT"),
    STATEMENT_CONFIRMATION("CONCEDE"),
    SANCTION("SANCTION"),
    ELECTION("OTHER"),
    OTHER("OTHER");

    private final String plover;

    EventType(String plover) {
        this.plover = plover;
    }

    /** The PLOVER event type this maps to. */
    public String plover() {
        return plover;
    }
}

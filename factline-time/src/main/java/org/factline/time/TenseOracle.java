package org.factline.time;

import org.factline.model.Span;

/** Tells the tense of the clause a time expression belongs to. */
@FunctionalInterface
public interface TenseOracle {

    /** Knows nothing: every yearless date takes the reading nearest the article's date. */
    TenseOracle NONE = span -> Tense.UNKNOWN;

    Tense at(Span span);
}

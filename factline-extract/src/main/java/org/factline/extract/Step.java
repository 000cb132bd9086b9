package org.factline.extract;

import org.factline.model.Analysis;

/**
 * One step of the per-article pipeline: it reads the layers earlier steps made and returns the
 * analysis with its own layer added. Steps are stateless and thread-safe: many articles go through one
 * step at once.
 */
public interface Step {

    /** A short name for provenance and timings ({@code linguistics}, {@code mentions}, {@code linking}). */
    String name();

    Analysis apply(Analysis analysis);
}

package org.factline.ingest;

/**
 * Thrown by an {@link IngestListener} that cannot take any more articles (its store is unreachable, or its disk is
 * full), to stop the reading: the {@link Ingestor} lets it through instead of reporting it as one bad article and
 * going on with the next. Its cause says why.
 */
public final class IngestStopped extends RuntimeException {

    public IngestStopped(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}

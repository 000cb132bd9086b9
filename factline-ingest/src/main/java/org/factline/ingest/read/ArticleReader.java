package org.factline.ingest.read;

import java.io.IOException;

/**
 * Reads the articles of one input in one format. Implementations are stateless and thread-safe.
 *
 * <p>A reader reports each bad record to the sink and goes on with the next; it throws
 * {@link BadInputException} only when nothing more can be read from the input (not a feed at all,
 * a truncated archive), after having delivered every record it could read before that point.
 */
public interface ArticleReader {

    /** The format name used in {@link org.factline.model.SourceRef#format()}. */
    String format();

    void read(InputSource input, ReadLimits limits, ReadSink sink) throws IOException, BadInputException;
}

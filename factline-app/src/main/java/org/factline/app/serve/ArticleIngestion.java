package org.factline.app.serve;

import java.util.List;

import org.factline.ingest.read.Format;
import org.factline.ingest.read.InputSource;

/**
 * What the server does with a posted article: read it, store it, analyse it and index it, as {@code factline ingest}
 * does a file. Calls come one at a time.
 */
public interface ArticleIngestion {

    /**
     * Reads, stores, analyses and indexes the article in {@code body}.
     *
     * @param format the format the body's content type names
     * @throws org.factline.knowledge.store.StoreUnavailableException when the store cannot be used at all
     */
    Outcome ingest(InputSource body, Format format);

    /**
     * What became of a posted article.
     *
     * @param articleId   the stored article's id, or null when none was read or stored
     * @param added       whether it was new to the store (else a duplicate)
     * @param analysed    whether an analysis of it was stored (none when the running extraction had already
     *                    analysed it, or it is in a language Factline cannot analyse, or the analysis failed)
     * @param unreadable  why the body holds no article the readers accept (empty when one was read)
     * @param notStored   why the article read could not be stored, or null
     * @param notAnalysed why its analysis failed, or null
     * @param notIndexed  why the search index does not hold it as stored, or null
     * @param warnings    what reading noticed without failing
     */
    record Outcome(String articleId, boolean added, boolean analysed, List<String> unreadable, String notStored, String notAnalysed,
                   String notIndexed, List<String> warnings) {
    }
}

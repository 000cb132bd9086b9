package org.factline.knowledge.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param total how many documents match, of which {@code hits} are the best
 * @param hits  the best matches, best first (for a query without words: by date, undated last)
 */
public record SearchResults(long total, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}

package org.factline.knowledge.store;

import java.util.List;
import java.util.stream.Collectors;

/** An id prefix or doc name given to {@link ArticleStore#get} matches more than one article. */
public class AmbiguousArticleException extends StoreException {

    private final String key;
    private final List<ArticleSummary> candidates;

    AmbiguousArticleException(String key, List<ArticleSummary> candidates, boolean more) {
        super(message(key, candidates, more));
        this.key = key;
        this.candidates = List.copyOf(candidates);
    }

    /** What the user typed. */
    public String key() {
        return key;
    }

    /** The matching articles (at most {@value ArticleStore#MAX_CANDIDATES}). */
    public List<ArticleSummary> candidates() {
        return candidates;
    }

    private static String message(String key, List<ArticleSummary> candidates, boolean more) {
        String lines = candidates.stream()
                .map(c -> "  " + c.id() + "  " + c.doc() + "  (" + c.source().location() + ")")
                .collect(Collectors.joining("\n"));
        return "'" + key + "' matches " + (more ? "more than " + candidates.size() : candidates.size())
                + " articles; give more of the id:\n" + lines;
    }
}

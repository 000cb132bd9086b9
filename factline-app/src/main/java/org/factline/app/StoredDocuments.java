package org.factline.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.factline.knowledge.search.SearchDocument;
import org.factline.knowledge.search.SearchDocuments;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.ArticleSummary;
import org.factline.model.Analysis;
import org.factline.model.Article;

/**
 * The search documents of every stored article, read from the store one article at a time: an analysed
 * article with its claims and events, another alone. Only the list of articles, without their texts, is held
 * at once.
 *
 * <p>An article that cannot be read is reported and skipped; one whose analysis cannot be read is indexed
 * alone and reported, so that one bad row never stops a rebuild.
 */
final class StoredDocuments implements Iterator<SearchDocument> {

    private final ArticleStore store;
    private final Iterator<ArticleSummary> articles;
    private final Consumer<StoredDocuments> articleDone;
    private final List<IngestRun.Failure> failures = new ArrayList<>();
    private Iterator<SearchDocument> current = Collections.emptyIterator();
    private int read;
    private int analysed;
    private long documents;

    /**
     * @param articleDone told each time the next article has been read from the store (or skipped), to show progress
     */
    StoredDocuments(ArticleStore store, List<ArticleSummary> articles, Consumer<StoredDocuments> articleDone) {
        this.store = store;
        this.articles = articles.iterator();
        this.articleDone = articleDone;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && articles.hasNext()) {
            List<SearchDocument> next = documentsOf(articles.next());
            documents += next.size();
            current = next.iterator();
            articleDone.accept(this);
        }
        return current.hasNext();
    }

    @Override
    public SearchDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private List<SearchDocument> documentsOf(ArticleSummary summary) {
        String name = summary.id() + " (" + summary.doc() + ")";
        Optional<Analysis> analysis;
        try {
            analysis = store.analysis(summary.id());
        } catch (RuntimeException e) {
            failures.add(new IngestRun.Failure(name, "its analysis could not be read, the article is indexed "
                    + "without it: " + e.getMessage()));
            analysis = Optional.empty();
        }
        if (analysis.isPresent()) {
            read++;
            analysed++;
            return SearchDocuments.of(analysis.get());
        }
        Optional<Article> article;
        try {
            article = store.get(summary.id());
        } catch (RuntimeException e) {
            failures.add(new IngestRun.Failure(name, "could not be read: " + e.getMessage()));
            return List.of();
        }
        if (article.isEmpty()) {
            return List.of(); // removed since the list was made
        }
        read++;
        return List.of(SearchDocuments.of(article.get()));
    }

    /** Articles indexed so far. */
    int articles() {
        return read;
    }

    /** Of which analysed, with their claims and events. */
    int analysed() {
        return analysed;
    }

    /** Documents of the articles read so far. */
    long documents() {
        return documents;
    }

    List<IngestRun.Failure> failures() {
        return List.copyOf(failures);
    }
}

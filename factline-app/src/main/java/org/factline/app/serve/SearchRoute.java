package org.factline.app.serve;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.factline.app.views.SearchJson;
import org.factline.app.views.SearchParameters;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.search.SearchIndexException;
import org.factline.knowledge.search.SearchQuery;

/**
 * {@code /api/search}: the search index of the store, as {@code factline search --format json} answers. The index is
 * opened for reading on the first search after it exists, and sees what ingests commit; when there is none yet, the
 * answer is empty and says so.
 */
final class SearchRoute implements AutoCloseable {

    private final Path folder;
    private SearchIndex index;

    SearchRoute(Path folder) {
        this.folder = folder;
    }

    /** {@code q}, {@code type} (article, claim, event, with commas), {@code from}, {@code to}, {@code as_of}, {@code lang}, {@code limit}. */
    void search(Context ctx) {
        Params p = new Params(ctx);
        int limit = p.number("limit", SearchQuery.DEFAULT_LIMIT, 1, SearchQuery.MAX_LIMIT);
        SearchQuery query = Params.checked(() -> SearchParameters.query(p.text("q"),
                SearchParameters.kinds("type", p.text("type")), p.text("from"), p.text("to"), p.text("as_of"),
                p.text("lang"), limit, UnaryOperator.identity()));
        SearchIndex open = index();
        if (open == null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("total", 0);
            o.put("hits", List.of());
            o.put("message", "there is no search index yet: POST an article, or run factline reindex");
            Server.json(ctx, 200, o);
            return;
        }
        try {
            Server.json(ctx, 200, SearchJson.object(open.search(query)));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("q: " + e.getMessage());
        } catch (SearchIndexException e) {
            forget(open);
            throw e;
        }
    }

    /** The index, opened when first there; null while there is none. */
    private synchronized SearchIndex index() {
        if (index == null && SearchIndex.exists(folder)) {
            index = SearchIndex.openForReading(folder);
        }
        return index;
    }

    /** Drops an index that failed (made anew by factline reindex, say): the next search opens it again. */
    private synchronized void forget(SearchIndex failed) {
        if (index == failed) {
            index = null;
            failed.close();
        }
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}

package org.factline.app.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

import org.factline.app.export.Exports;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Analysis;

/**
 * {@code GET /api/export?format=…}: what {@code factline export} writes, streamed as a download. A corpus format
 * takes {@code as_of}; a per-article format ({@code timeml}) takes {@code article} (id, id prefix or document name).
 */
final class ExportRoute {

    private final ArticleStore store;
    private final CorpusCache cache;

    ExportRoute(ArticleStore store, CorpusCache cache) {
        this.store = store;
        this.cache = cache;
    }

    void export(Context ctx) throws IOException {
        Params p = new Params(ctx);
        String id = p.text("format");
        if (id == null) {
            throw ApiError.badRequest("format: required, one of " + Exports.Format.ids());
        }
        Exports.Format format = Exports.Format.of(id).orElseThrow(() ->
                ApiError.badRequest("format: '" + id + "' is not one of " + Exports.Format.ids()));
        String article = p.text("article");
        String asOf = p.date("as_of");
        String refusal = format.refusal("article (its id, id prefix or document name)", article != null, "as_of", asOf != null);
        if (refusal != null) {
            throw ApiError.badRequest(refusal);
        }
        Analysis analysis = format.perArticle() ? ArticleRoutes.lookUp(article, store::analysis, "analysed article") : null;
        ctx.status(200);
        ctx.contentType(format.contentType());
        String name = format.perArticle() ? analysis.article().doc() : "factline" + (asOf == null ? "" : "-as-of-" + asOf);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + "." + format.extension() + "\"");
        OutputStream out = ctx.outputStream();
        if (format.perArticle()) {
            Exports.writeArticle(format, analysis, out);
        } else {
            Exports.write(format, cache.view(asOf).corpus(), out);
        }
        out.flush();
    }
}

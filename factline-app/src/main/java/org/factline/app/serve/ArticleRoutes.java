package org.factline.app.serve;

import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.factline.app.views.ExtractJson;
import org.factline.knowledge.corpus.Dates;
import org.factline.knowledge.store.AmbiguousArticleException;
import org.factline.knowledge.store.AnalysisSummary;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.ArticleSummary;
import org.factline.model.Article;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;
import org.factline.model.Span;

/** {@code /api/status}, {@code /api/articles} and {@code /api/articles/{id}}: what the store holds. */
final class ArticleRoutes {

    /** Newest first, undated last; then by name. */
    private static final Comparator<ArticleSummary> NEWEST_FIRST = Comparator
            .comparing((ArticleSummary s) -> s.published() == null ? null : s.published().latestDay(),
                    Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
            .thenComparing(ArticleSummary::doc)
            .thenComparing(ArticleSummary::id);

    private final ArticleStore store;
    private final IngestRoute ingest;
    private final CorpusCache corpus;
    private final String version;

    ArticleRoutes(ArticleStore store, IngestRoute ingest, CorpusCache corpus, String version) {
        this.store = store;
        this.ingest = ingest;
        this.corpus = corpus;
        this.version = version;
    }

    void status(Context ctx) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("version", version);
        o.put("store", store.describe());
        o.put("articles", store.count());
        o.put("analysed", store.analysisCount());
        o.put("ingest", ingest.counts());
        o.put("corpus", corpus.progress());
        Server.json(ctx, 200, o);
    }

    /** A page of the articles, newest first: {@code as_of} (published by then), {@code lang}. */
    void list(Context ctx) {
        Params params = new Params(ctx);
        String asOf = params.date("as_of");
        String lang = params.language("lang");
        Page page = params.page();
        Map<String, AnalysisSummary> analyses = store.analysedArticles().stream()
                .collect(Collectors.toMap(AnalysisSummary::articleId, Function.identity()));
        List<ArticleSummary> shown = store.list().stream()
                .filter(a -> asOf == null || publishedBy(a.published(), asOf))
                .filter(a -> lang == null || a.language().code().equalsIgnoreCase(lang))
                .sorted(NEWEST_FIRST)
                .toList();
        Server.json(ctx, 200, page.of(shown, a -> summary(a, analyses.get(a.id()))));
    }

    /**
     * What {@code find} gives for an id, id prefix or document name: 404 when nothing, 400 listing the candidates
     * when the key names several articles.
     */
    static <T> T lookUp(String key, Function<String, Optional<T>> find, String what) {
        try {
            return find.apply(key).orElseThrow(() -> ApiError.notFound("no " + what + " with the id, id prefix or document name '"
                    + key + "'"));
        } catch (AmbiguousArticleException e) {
            throw ApiError.badRequest("'" + key + "' names several articles (" + e.candidates().stream()
                    .map(ArticleSummary::id).collect(Collectors.joining(", ")) + "): give more of the id");
        }
    }

    /** One article by id, id prefix or document name: metadata, cleaned text, what cleaning removed, analysis. */
    void one(Context ctx) {
        String key = ctx.pathParam("id");
        Article a = lookUp(key, store::get, "article");
        Map<String, Object> o = metadata(a.id(), a.doc(), a.title(), a.language().code(), a.outlet(), a.url(), a.published());
        o.put("text", a.text());
        o.put("paragraphs", spans(a.paragraphs()));
        o.put("headings", spans(a.headings()));
        o.put("captions", spans(a.captions()));
        o.put("removed", a.removed().stream().map(ArticleRoutes::removal).toList());
        o.put("analysis", store.analysis(a.id()).map(ExtractJson::object).orElse(null));
        Server.json(ctx, 200, o);
    }

    /** How many of each layer an analysis found: {@code entities}, {@code timex}, {@code claims}, {@code events}, {@code quantities}. */
    static Map<String, Object> counts(AnalysisSummary s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("entities", s.entities());
        o.put("timex", s.timexes());
        o.put("claims", s.claims());
        o.put("events", s.events());
        o.put("quantities", s.quantities());
        return o;
    }

    private static boolean publishedBy(PublicationDate p, String asOf) {
        return p != null && Dates.last(p.value()).compareTo(Dates.last(asOf)) <= 0;
    }

    private static Map<String, Object> summary(ArticleSummary a, AnalysisSummary analysis) {
        Map<String, Object> o = metadata(a.id(), a.doc(), a.title(), a.language().code(), a.outlet(), a.url(), a.published());
        o.put("analysed", analysis != null);
        o.put("counts", analysis == null ? null : counts(analysis));
        return o;
    }

    private static Map<String, Object> metadata(String id, String doc, String title, String lang, String outlet, String url,
                                                PublicationDate published) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("doc", doc);
        o.put("title", title);
        o.put("lang", lang);
        o.put("outlet", outlet);
        o.put("url", url);
        o.put("published", published == null ? null : published.value());
        o.put("published_basis", published == null ? null : published.basis().label());
        return o;
    }

    private static Map<String, Object> removal(Removal r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("text", r.text());
        o.put("reason", r.kind().name().toLowerCase(java.util.Locale.ROOT));
        return o;
    }

    private static List<Map<String, Object>> spans(List<Span> spans) {
        return spans.stream().map(s -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("start", s.start());
            o.put("end", s.end());
            return o;
        }).toList();
    }
}

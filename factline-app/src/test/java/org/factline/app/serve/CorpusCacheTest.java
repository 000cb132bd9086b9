package org.factline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreConfig;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Language;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's corpus: read from a real store once, then changed one article at a time by ingests, without reading
 * the store again, and equal to the corpus read whole from the store as it now is.
 */
class CorpusCacheTest {

    @TempDir
    Path tmp;

    private static Article article(String id, String day) {
        String text = "Texte de l'article " + id + ".";
        return new Article(id, id, new SourceRef(id + ".txt", "text"), null, null, "Outlet",
                new Language("fr", 0.99, true, true), PublicationDate.day(LocalDate.parse(day), PublicationDate.Basis.METADATA, null),
                text, text, List.of(new Span(0, text.length())), List.of(), List.of(), List.of(), List.of());
    }

    private static Analysis naming(Article a, String... names) {
        List<Entity> entities = java.util.Arrays.stream(names)
                .map(n -> new Entity("fl:test:" + n.toLowerCase(), n, EntityType.PERSON, List.of(n), null, false)).toList();
        return new Analysis(a, List.of(), List.of(), List.of(), entities, List.of(), List.of(), List.of(), List.of());
    }

    private static List<String> entities(CorpusView view) {
        return view.corpus().entities().stream().map(e -> e.name()).sorted().toList();
    }

    private static List<String> articles(CorpusView view) {
        return view.corpus().analyses().stream().map(a -> a.article().id()).toList();
    }

    @Test
    void anIngestChangesTheOneArticleItTouchedAndTheViewsFollow() {
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(tmp.resolve("data")))) {
            Article b = article("b", "2025-03-02");
            Article d = article("d", "2025-03-04");
            store.put(b);
            store.putAnalysis(naming(b, "Ana"), "v1");
            store.put(d);
            store.putAnalysis(naming(d, "Dora"), "v1");
            CorpusCache cache = new CorpusCache(store, Duration.ofDays(1));
            CorpusView first = cache.view(null);
            assertThat(articles(first)).containsExactly("b", "d");
            assertThat(cache.view(null)).as("kept while nothing changes").isSameAs(first);
            CorpusView march3 = cache.view("2025-03-03");
            assertThat(articles(march3)).containsExactly("b");

            // a new article, between the two in the order of ids; an analysis replaced; one stored without analysis
            Article c = article("c", "2025-03-03");
            store.put(c);
            store.putAnalysis(naming(c, "Chloé"), "v1");
            cache.changed("c");
            store.putAnalysis(naming(b, "Ana", "Bruno"), "v2");
            cache.changed("b");
            store.put(article("e", "2025-03-01"));
            cache.changed("e");

            CorpusView now = cache.view(null);
            assertThat(now).isNotSameAs(first);
            assertThat(articles(now)).containsExactly("b", "c", "d");
            assertThat(entities(now)).containsExactly("Ana", "Bruno", "Chloé", "Dora");
            assertThat(articles(cache.view("2025-03-03"))).as("as-of views made anew").containsExactly("b", "c");

            // the same as a corpus read whole from the store now
            CorpusView fresh = new CorpusCache(store).view(null);
            assertThat(articles(fresh)).isEqualTo(articles(now));
            assertThat(entities(fresh)).isEqualTo(entities(now));

            // the store is not read again: a change it is not told of (and does not look for yet) is not seen
            store.putAnalysis(naming(d, "Dora", "Denis"), "v2");
            assertThat(entities(cache.view(null))).doesNotContain("Denis");
        }
    }

    /** {@code /api/status} says where the corpus is, without waiting for it; reading it ahead gets it ready. */
    @Test
    void itSaysHowFarItIsAndCanBeReadAhead() throws InterruptedException {
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(tmp.resolve("data")))) {
            Article b = article("b", "2025-03-02");
            store.put(b);
            store.putAnalysis(naming(b, "Ana"), "v1");
            CorpusCache cache = new CorpusCache(store, Duration.ofDays(1));
            assertThat(cache.progress()).containsEntry("state", "not read");
            cache.warmUp();
            for (int i = 0; i < 600 && !"ready".equals(cache.progress().get("state")); i++) {
                Thread.sleep(100); // at most a minute: a few analyses
            }
            assertThat(cache.progress()).containsExactly(java.util.Map.entry("state", "ready"));
            store.putAnalysis(naming(b, "Bruno"), "v2");
            cache.changed("b");
            assertThat(cache.progress()).containsEntry("state", "changed");
            assertThat(entities(cache.view(null))).containsExactly("Bruno");
            assertThat(cache.progress()).containsEntry("state", "ready");
        }
    }

    /** What another process stores (here: the store written without telling the cache) is seen at the next look. */
    @Test
    void whatOthersStoreIsSeenWhenTheStoreSaysItChanged() {
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(tmp.resolve("data")))) {
            Article b = article("b", "2025-03-02");
            store.put(b);
            store.putAnalysis(naming(b, "Ana"), "v1");
            CorpusCache cache = new CorpusCache(store, Duration.ZERO);
            CorpusView first = cache.view(null);
            assertThat(cache.view(null)).as("the store has not changed").isSameAs(first);

            Article c = article("c", "2025-03-03");
            store.put(c);
            assertThat(cache.view(null)).as("an article stored without analysis changes no view").isSameAs(first);
            store.putAnalysis(naming(c, "Chloé"), "v1");
            assertThat(entities(cache.view(null))).containsExactly("Ana", "Chloé");
            store.putAnalysis(naming(b, "Bruno"), "v2");
            assertThat(entities(cache.view(null))).as("a replaced analysis").containsExactly("Bruno", "Chloé");
        }
    }
}

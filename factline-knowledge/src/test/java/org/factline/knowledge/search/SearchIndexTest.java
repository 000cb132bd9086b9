package org.factline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.knowledge.search.Corpus.SUDZHA;
import static org.factline.knowledge.search.Corpus.ZELENSKY;
import static org.factline.knowledge.search.Corpus.ids;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.factline.knowledge.search.SearchDocument.Kind;
import org.junit.jupiter.api.Test;

/** How the index follows the store: replacing, removing, clearing and rebuilding, one writer and many readers. */
class SearchIndexTest {

    @Test
    void replacingAnArticleRemovesItsOldDocuments() {
        try (SearchIndex index = Corpus.indexed()) {
            long before = index.count();
            SearchDocument onlyTheArticle = Corpus.sudzha().getFirst();

            index.replace(SUDZHA, List.of(onlyTheArticle));

            assertThat(index.count()).isEqualTo(before - 2);
            assertThat(ids(index.search(SearchQuery.of("Soudja")))).containsExactly(SUDZHA);
            assertThat(ids(index.search(SearchQuery.of("Zelensky")))).contains(ZELENSKY);
        }
    }

    @Test
    void replacingWithChangedDocumentsShowsOnlyTheNewWords() {
        try (SearchIndex index = Corpus.indexed()) {
            SearchDocument old = Corpus.zelensky().getFirst();
            SearchDocument corrected = Corpus.article(ZELENSKY, "en", old.date(), old.title(),
                    "Correction: the soldiers were seen near Pokrovsk.", List.of("Pokrovsk"));

            index.replace(ZELENSKY, List.of(corrected));

            assertThat(ids(index.search(SearchQuery.of("Pokrovsk")))).containsExactly(ZELENSKY);
            assertThat(ids(index.search(SearchQuery.of("withdrawn")))).isEmpty();
        }
    }

    @Test
    void replacingWithNothingRemovesTheArticle() {
        try (SearchIndex index = Corpus.indexed()) {
            index.replace(SUDZHA, List.of());

            assertThat(ids(index.search(SearchQuery.of("Soudja")))).isEmpty();
        }
    }

    @Test
    void aDocumentOfAnotherArticleOrTwoWithOneIdAreRefused() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            assertThatThrownBy(() -> index.replace(ZELENSKY, Corpus.sudzha()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Document fr-soudja belongs to article fr-soudja, not to en-zelensky");
            SearchDocument article = Corpus.sudzha().getFirst();
            assertThatThrownBy(() -> index.replace(SUDZHA, List.of(article, article)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Two documents of article fr-soudja have the id fr-soudja");
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void deletingAnArticleRemovesAllItsDocumentsAndNothingElse() {
        try (SearchIndex index = Corpus.indexed()) {
            index.deleteArticle(SUDZHA);
            index.deleteArticle("no-such-article");

            assertThat(index.count()).isEqualTo(Corpus.all().size() - 3);
            assertThat(ids(index.search(SearchQuery.of("Kursk")))).allMatch(id -> id.startsWith(ZELENSKY));
        }
    }

    @Test
    void clearingRemovesEverything() {
        try (SearchIndex index = Corpus.indexed()) {
            index.clear();

            assertThat(index.count()).isZero();
            assertThat(index.search(SearchQuery.of("Kursk")).hits()).isEmpty();
        }
    }

    @Test
    void rebuildingReadsTheDocumentsOneByOneAndReportsProgress() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.replace("stale", List.of(Corpus.article("stale", "en", null, null, "An old Kursk text.", List.of())));
            List<Long> progress = new ArrayList<>();

            long indexed = index.rebuild(Corpus.all().iterator(), progress::add);

            assertThat(indexed).isEqualTo(Corpus.all().size());
            assertThat(progress).hasSize(Corpus.all().size()).startsWith(1L, 2L, 3L).endsWith(indexed);
            assertThat(index.count()).isEqualTo(indexed);
            assertThat(ids(index.search(SearchQuery.of("Kursk").kinds(Kind.ARTICLE))))
                    .containsExactlyInAnyOrder(SUDZHA, ZELENSKY);
        }
    }

    @Test
    void aDocumentRebuiltTwiceIsKeptOnceAsItWasLastGiven() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            List<SearchDocument> twice = List.of(
                    Corpus.article("same", "en", null, null, "First words about Odesa.", List.of()),
                    Corpus.article("same", "en", null, null, "Second words about Kherson.", List.of()));

            assertThat(index.rebuild(twice.iterator(), done -> { })).isEqualTo(2);

            assertThat(index.count()).isEqualTo(1);
            assertThat(ids(index.search(SearchQuery.of("Kherson")))).containsExactly("same");
            assertThat(index.search(SearchQuery.of("Odesa")).hits()).isEmpty();
        }
    }

    @Test
    void aRebuildThatFailsLeavesTheOldIndexAsItWasAndWritable() {
        try (SearchIndex index = Corpus.indexed()) {
            Iterator<SearchDocument> failing = new Iterator<>() {
                private int given;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public SearchDocument next() {
                    if (given++ == 3) {
                        throw new IllegalStateException("the store went away");
                    }
                    return Corpus.article("new-" + given, "en", null, null, "New text " + given, List.of());
                }
            };

            assertThatThrownBy(() -> index.rebuild(failing, done -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the store went away");

            assertThat(index.count()).isEqualTo(Corpus.all().size());
            assertThat(index.search(SearchQuery.of("New")).hits()).isEmpty();
            index.deleteArticle(SUDZHA);
            assertThat(index.count()).isEqualTo(Corpus.all().size() - 3);
        }
    }

    @Test
    void searchesRunWhileAnArticleIsReplacedAndSeeItWholeBeforeOrAfterAndTheWriterSeesItsOwnWrites() throws Exception {
        try (SearchIndex index = Corpus.indexed()) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                Future<?> writer = threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        List<SearchDocument> documents = i % 2 == 0 ? Corpus.sudzha().subList(0, 1) : Corpus.sudzha();
                        index.replace(SUDZHA, documents);
                        assertThat(index.search(SearchQuery.of("Soudja")).hits()).hasSize(documents.size());
                    }
                });
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    readers.add(threads.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            int found = index.search(SearchQuery.of("Soudja")).hits().size();
                            assertThat(found).isIn(1, 3);
                        }
                    }));
                }
                writer.get(60, TimeUnit.SECONDS);
                for (Future<?> reader : readers) {
                    reader.get(60, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(ids(index.search(SearchQuery.of("Soudja")))).hasSize(3);
        }
    }

    @Test
    void aClosedIndexSaysSo() {
        SearchIndex index = SearchIndex.inMemory();
        index.close();
        index.close();

        assertThatThrownBy(() -> index.search(SearchQuery.of("Kursk")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The search index in memory is closed");
        assertThatThrownBy(() -> index.clear())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The search index in memory is closed");
    }
}

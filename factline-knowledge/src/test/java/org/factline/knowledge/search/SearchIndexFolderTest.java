package org.factline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.knowledge.search.Corpus.SUDZHA;
import static org.factline.knowledge.search.Corpus.ZELENSKY;
import static org.factline.knowledge.search.Corpus.ids;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An index in a folder: kept across openings, locked against a second writer, readable beside it. */
class SearchIndexFolderTest {

    @TempDir
    Path temp;

    @Test
    void theIndexOfADataFolderIsItsIndexSubfolder() {
        assertThat(SearchIndex.folderIn(Path.of("factline-data"))).isEqualTo(Path.of("factline-data", "index"));
    }

    @Test
    void aFolderHoldsAnIndexOnceOneWasOpenedForWritingThere() throws IOException {
        Path folder = temp.resolve("data/index");
        assertThat(SearchIndex.exists(folder)).as("missing folder").isFalse();
        Files.createDirectories(folder);
        assertThat(SearchIndex.exists(folder)).as("empty folder").isFalse();

        SearchIndex.open(folder).close();

        assertThat(SearchIndex.exists(folder)).isTrue();
    }

    @Test
    void reopeningAFolderFindsWhatWasIndexed() {
        Path folder = temp.resolve("data/index");
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.replace(SUDZHA, Corpus.sudzha());
            assertThat(index.describe()).isEqualTo("search index in " + folder);
        }

        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertThat(reopened.count()).isEqualTo(3);
            assertThat(ids(reopened.search(SearchQuery.of("Guerassimov").kinds(SearchDocument.Kind.ARTICLE))))
                    .containsExactly(SUDZHA);
        }
    }

    @Test
    void aSecondWriterInTheSameProcessIsRefusedNamingTheFolderAndTheLock() {
        Path folder = temp.resolve("index");
        try (SearchIndex first = SearchIndex.open(folder)) {
            first.replace(SUDZHA, Corpus.sudzha());

            assertThatThrownBy(() -> SearchIndex.open(folder))
                    .isInstanceOf(SearchIndexException.class)
                    .hasMessage("Cannot open the search index in " + folder + " for writing: another factline "
                            + "command is using it (it holds " + folder.resolve("write.lock") + "). Wait for it to "
                            + "finish; searching needs no lock.");
            assertThat(first.count()).isEqualTo(3);
        }
        try (SearchIndex afterwards = SearchIndex.open(folder)) {
            assertThat(afterwards.count()).isEqualTo(3);
        }
    }

    @Test
    @Timeout(120)
    void anotherProcessHoldingTheFolderLocksOutWritersButNotReaders() throws Exception {
        Path folder = temp.resolve("shared");
        try (OtherIndexProcess other = OtherIndexProcess.start(folder, temp.resolve("other.log"))) {
            assertThat(other.nextLine()).isEqualTo("READY 3");

            assertThatThrownBy(() -> SearchIndex.open(folder))
                    .isInstanceOf(SearchIndexException.class)
                    .hasMessageContaining(folder.toString())
                    .hasMessageContaining(folder.resolve("write.lock").toString());

            try (SearchIndex reading = SearchIndex.openForReading(folder)) {
                assertThat(ids(reading.search(SearchQuery.of("Soudja").kinds(SearchDocument.Kind.CLAIM))))
                        .containsExactly(SearchDocument.claimId(SUDZHA, 0));
                assertThatThrownBy(() -> reading.replace(ZELENSKY, Corpus.zelensky()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("The search index in " + folder + " was opened for reading only");
            }

            other.finish();
            try (SearchIndex writing = SearchIndex.open(folder)) {
                writing.replace(ZELENSKY, Corpus.zelensky());
                assertThat(writing.count()).isEqualTo(5);
            }
        }
    }

    @Test
    @Timeout(120)
    void anIndexLeftByAKilledProcessSaysSoWhenOpenedAgainAndOnlyThen() throws Exception {
        Path folder = temp.resolve("killed");
        try (OtherIndexProcess other = OtherIndexProcess.start(folder, temp.resolve("other.log"))) {
            assertThat(other.nextLine()).isEqualTo("READY 3");
        } // killed, as close() does
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertThat(reopened.interrupted()).isTrue();
            assertThat(reopened.count()).as("what it committed is there").isEqualTo(3);
        }
        try (SearchIndex closedProperly = SearchIndex.open(folder)) {
            assertThat(closedProperly.interrupted()).isFalse();
        }
        try (SearchIndex fresh = SearchIndex.open(temp.resolve("fresh"))) {
            assertThat(fresh.interrupted()).isFalse();
        }
    }

    @Test
    void aReaderSeesWhatAWriterCommitsAfterItOpened() {
        Path folder = temp.resolve("index");
        try (SearchIndex writing = SearchIndex.open(folder);
             SearchIndex reading = SearchIndex.openForReading(folder)) {
            assertThat(reading.count()).isZero();

            writing.replace(SUDZHA, Corpus.sudzha());
            writing.commit();

            assertThat(reading.count()).isEqualTo(3);
            assertThat(ids(reading.search(SearchQuery.of("Koursk").kinds(SearchDocument.Kind.ARTICLE))))
                    .containsExactly(SUDZHA);
        }
    }

    @Test
    void closingCommitsWhatWasWrittenAndAChangeIsCommittedWithinASecond() throws InterruptedException {
        Path folder = temp.resolve("index");
        try (SearchIndex writing = SearchIndex.open(folder)) {
            writing.replace(SUDZHA, Corpus.sudzha());
            assertThat(writing.count()).isEqualTo(3);
        }
        try (SearchIndex writing = SearchIndex.open(folder);
             SearchIndex reading = SearchIndex.openForReading(folder)) {
            assertThat(reading.count()).isEqualTo(3);

            Thread.sleep(SearchIndex.COMMIT_SECONDS * 1000L + 100);
            writing.replace(ZELENSKY, Corpus.zelensky());

            assertThat(reading.count()).isEqualTo(5);
        }
    }

    @Test
    void readingAFolderWithoutAnIndexSaysHowOneIsMade() {
        Path folder = temp.resolve("nothing-here");

        assertThatThrownBy(() -> SearchIndex.openForReading(folder))
                .isInstanceOf(SearchIndexException.class)
                .hasMessage("There is no search index in " + folder + " yet: it is made as articles are stored, "
                        + "or by factline reindex");
    }

    @Test
    void aFileInThePlaceOfTheFolderIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("index"), "not a folder");

        assertThatThrownBy(() -> SearchIndex.open(file))
                .isInstanceOf(SearchIndexException.class)
                .hasMessage("Cannot use " + file + " as the search index folder: it is a file");
    }

    @Test
    void anIndexOfAnotherSchemaMustBeRecreated() throws IOException {
        Path folder = temp.resolve("index");
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            old.setLiveCommitData(Map.of("factline.search.schema", "0").entrySet());
            old.commit();
        }

        assertThatThrownBy(() -> SearchIndex.open(folder))
                .isInstanceOf(SearchIndexException.class)
                .hasMessage("The search index in " + folder + " was made by another version of Factline (schema 0,"
                        + " this one reads 1): rebuild it with factline reindex");
        try (SearchIndex recreated = SearchIndex.recreate(folder)) {
            recreated.rebuild(Corpus.all().iterator(), done -> { });
        }
        try (SearchIndex reopened = SearchIndex.open(folder)) {
            assertThat(reopened.count()).isEqualTo(Corpus.all().size());
        }
    }

    @Test
    void aDamagedIndexIsNamedAndCanBeRecreated() throws IOException {
        Path folder = temp.resolve("index");
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.replace(SUDZHA, Corpus.sudzha());
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        assertThatThrownBy(() -> SearchIndex.open(folder))
                .isInstanceOf(SearchIndexException.class)
                .hasMessageStartingWith("Cannot read the search index in " + folder + ": ")
                .hasMessageEndingWith("; rebuild it with factline reindex");
        try (SearchIndex recreated = SearchIndex.recreate(folder)) {
            recreated.replace(ZELENSKY, Corpus.zelensky());
            assertThat(recreated.count()).isEqualTo(2);
        }
        assertThat(List.of(SearchIndex.open(folder))).allSatisfy(index -> {
            assertThat(index.count()).isEqualTo(2);
            index.close();
        });
    }
}

package org.factline.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2 database in a data folder, and what is particular to such a folder. */
class H2ArticleStoreTest extends ArticleStoreContract {

    @TempDir
    Path temp;

    @Override
    StoreConfig newStore() {
        return StoreConfig.inDataDir(temp.resolve("data"));
    }

    @Override
    String expectedDescription() {
        return "H2 file " + temp.resolve("data").resolve("factline.mv.db");
    }

    @Test
    void openingCreatesTheDataFolderWithTheDatabaseInIt() {
        Path nested = temp.resolve("a/b/factline-data");

        try (ArticleStore created = ArticleStore.open(StoreConfig.inDataDir(nested))) {
            assertThat(created.count()).isZero();
        }

        assertThat(nested.resolve("factline.mv.db")).isRegularFile();
    }

    @Test
    void aDataFolderThatIsAFileIsRefusedWithAClearMessage() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a folder");

        assertThatThrownBy(() -> ArticleStore.open(StoreConfig.inDataDir(file)))
                .isInstanceOf(StoreException.class)
                .hasMessage("Cannot use " + file + " as the Factline data folder: it is a file, not a folder");
        assertThatThrownBy(() -> ArticleStore.open(StoreConfig.inDataDir(file.resolve("data"))))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot use " + file.resolve("data") + " as the Factline data folder: ")
                .hasMessageContaining(file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aDataFolderWhosePathH2CannotExpressIsRefused() {
        Path odd = temp.resolve("a;INIT=RUNSCRIPT FROM 'x'");

        assertThatThrownBy(() -> ArticleStore.open(StoreConfig.inDataDir(odd)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(odd.toString())
                .hasMessageContaining("';'");
        assertThat(odd).doesNotExist();
    }

    @Test
    @Timeout(120)
    void twoProcessesShareTheDataFolderAndOneCarriesOnWhenTheOtherExits() throws Exception {
        StoreConfig shared = StoreConfig.inDataDir(temp.resolve("shared"));
        // The other process opens the folder first, so it serves the database and this JVM connects to it.
        try (OtherProcess other = OtherProcess.start(temp.resolve("other.log"),
                "share", shared.dataDir().toString(), "from-the-other-process")) {
            assertThat(other.nextLine()).isEqualTo("READY NEW 1");

            try (ArticleStore here = ArticleStore.open(shared)) {
                assertThat(here.put(Articles.plain("from-here", "from-here"))).isEqualTo(PutResult.NEW);
                assertThat(here.count()).isEqualTo(2);

                other.finish();

                assertThat(here.put(Articles.plain("after-it-left", "after-it-left"))).isEqualTo(PutResult.NEW);
                assertThat(here.list()).extracting(ArticleSummary::id)
                        .containsExactlyInAnyOrder("from-the-other-process", "from-here", "after-it-left");
            }
        }
    }

    @Test
    @Timeout(120)
    void aProcessKilledWhileWritingAnArticleLeavesNoPartOfIt() throws Exception {
        StoreConfig crashed = StoreConfig.inDataDir(temp.resolve("crashed"));
        try (OtherProcess other = OtherProcess.start(temp.resolve("other.log"),
                "write-uncommitted", crashed.dataDir().toString())) {
            assertThat(other.nextLine()).isEqualTo("WRITTEN");
            other.kill();
        }

        try (ArticleStore reopened = ArticleStore.open(crashed)) {
            assertThat(reopened.count()).isZero();
            assertThat(reopened.get("large")).isEmpty();
            assertThat(reopened.put(OtherProcess.large())).isEqualTo(PutResult.NEW);
            assertThat(reopened.get("large")).contains(OtherProcess.large());
        }
    }
}

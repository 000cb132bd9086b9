package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the search index of a store is when no --index is given. */
class StoreOptionsTest {

    @Test
    void theIndexOfADataFolderIsInsideIt() {
        StoreOptions options = new StoreOptions();
        options.data = Path.of("some/data");

        assertThat(options.indexFolder()).isEqualTo(Path.of("some/data/index").toAbsolutePath());
    }

    @Test
    void theIndexOfADatabaseServerIsAFolderPerDatabaseWithoutItsCredentials() {
        assertThat(StoreOptions.serverIndexFolder("jdbc:postgresql://db.example.org:5432/factline?user=me&password=s3cret",
                null, "/home/me"))
                .isEqualTo(Path.of("/home/me/.factline/indexes/postgresql-db.example.org-5432-factline"));
        assertThat(StoreOptions.serverIndexFolder("jdbc:postgresql://localhost/news", "/srv/factline", "/home/me"))
                .as("beside the embedded store's own index in $FACTLINE_HOME")
                .isEqualTo(Path.of("/srv/factline/indexes/postgresql-localhost-news"));
        assertThat(StoreOptions.serverIndexFolder("jdbc:postgresql://localhost/other", "", "/home/me"))
                .isEqualTo(Path.of("/home/me/.factline/indexes/postgresql-localhost-other"));
        assertThat(StoreOptions.serverIndexFolder("jdbc:postgresql://../..", null, "/home/me").getParent())
                .as("never outside the indexes folder").isEqualTo(Path.of("/home/me/.factline/indexes"));
        assertThat(StoreOptions.serverIndexFolder("jdbc:..", null, "/home/me"))
                .isEqualTo(Path.of("/home/me/.factline/indexes/database"));
    }

    @Test
    void anIndexFolderGivenIsUsedAsItIs() {
        StoreOptions options = new StoreOptions();
        options.db = "jdbc:postgresql://localhost/factline";
        options.index = Path.of("/srv/index");

        assertThat(options.indexFolder()).isEqualTo(Path.of("/srv/index"));
    }
}

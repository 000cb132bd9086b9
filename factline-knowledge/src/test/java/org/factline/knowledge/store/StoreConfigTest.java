package org.factline.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Naming a store, and the messages when the named store cannot be used. Needs no database server. */
class StoreConfigTest {

    @Test
    void aJdbcUrlNamesAServerAndAnythingElseADataFolder() {
        assertThat(StoreConfig.of("jdbc:postgresql://db.example.org/factline").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.example.org/factline");
        assertThat(StoreConfig.of("corpus/store").dataDir()).isEqualTo(Path.of("corpus/store").toAbsolutePath());
    }

    @Test
    void aConfigurationNamesExactlyOneStore() {
        assertThatThrownBy(() -> new StoreConfig(Path.of("x"), "jdbc:postgresql://h/db", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreConfig(null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultDataFolderIsFactlineHomeOrFactlineDataHere() {
        String home = System.getenv(StoreConfig.HOME_VARIABLE);
        Path expected = home == null || home.isBlank() ? Path.of("factline-data") : Path.of(home);

        assertThat(StoreConfig.defaultDataDir()).isEqualTo(expected);
        assertThat(StoreConfig.defaults().dataDir()).isEqualTo(expected.toAbsolutePath());
    }

    @Test
    void aConfigurationNeverShowsItsPassword() {
        StoreConfig config = StoreConfig.atJdbcUrl("jdbc:postgresql://h/db?user=me&password=secret1", "me", "secret2");

        assertThat(config.toString()).doesNotContain("secret1", "secret2").contains("jdbc:postgresql://h/db");
    }

    @Test
    void aPostgresqlStoreIsDescribedByHostPortAndDatabaseOnly() {
        assertThat(Database.of(StoreConfig.of("jdbc:postgresql://db.example.org/factline?password=secret")).describe())
                .isEqualTo("PostgreSQL db.example.org:5432/factline");
        assertThat(Database.of(StoreConfig.of("jdbc:postgresql://10.0.0.7:6543/news")).describe())
                .isEqualTo("PostgreSQL 10.0.0.7:6543/news");
    }

    @Test
    void anUnreachableServerIsNamedInTheMessage() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        StoreConfig nowhere = StoreConfig.atJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/news", "u", "p");

        assertThatThrownBy(() -> ArticleStore.open(nowhere))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot open the store PostgreSQL 127.0.0.1:" + closedPort + "/news: ")
                .hasMessageContaining("refused");
    }

    @Test
    void anUnsupportedDatabaseIsRefusedWithoutShowingTheUrlSettings() {
        assertThatThrownBy(() -> ArticleStore.open(StoreConfig.of("jdbc:mysql://h/db?password=secret")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Unsupported database URL jdbc:mysql://h/db:")
                .hasMessageContaining("jdbc:postgresql://host:port/database")
                .hasMessageNotContaining("secret");
    }
}

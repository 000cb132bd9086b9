package org.factline.app;

import java.nio.file.Path;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * Where the store is: a data folder with an embedded database, or a PostgreSQL server; and where its search
 * index is.
 */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder of the embedded store (default: $FACTLINE_HOME, else ./factline-data).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Use a PostgreSQL server instead of the data folder, e.g. jdbc:postgresql://localhost:5432/factline.")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: from the URL or the environment variable FACTLINE_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (prefer the environment variable FACTLINE_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Folder of the search index. Default: DATA/index for the embedded store; with --db, "
                    + "a folder per database in $FACTLINE_HOME/indexes or else in ~/.factline/indexes.")
    Path index;

    StoreConfig config() {
        if (db != null) {
            return StoreConfig.atJdbcUrl(db, firstNonNull(dbUser, System.getenv("FACTLINE_DB_USER")),
                    firstNonNull(dbPassword, System.getenv("FACTLINE_DB_PASSWORD")));
        }
        return StoreConfig.inDataDir(data != null ? data : StoreConfig.defaultDataDir());
    }

    /**
     * The embedded store's folder when it holds no store yet (so that a command that only reads can say so
     * instead of making an empty one), else null. Always null for a database server.
     */
    Path missingEmbeddedStore() {
        StoreConfig config = config();
        return config.exists() ? null : config.dataDir();
    }

    ArticleStore open() {
        return ArticleStore.open(config());
    }

    /** The folder of the store's search index: {@code --index}, else the default for the store. */
    Path indexFolder() {
        if (index != null) {
            return index.toAbsolutePath().normalize();
        }
        StoreConfig config = config();
        return config.dataDir() != null
                ? SearchIndex.folderIn(config.dataDir())
                : serverIndexFolder(config.jdbcUrl(), System.getenv(StoreConfig.HOME_VARIABLE),
                        System.getProperty("user.home"));
    }

    /**
     * The default index folder of a database server: one per database, so that two databases never share an
     * index, under {@code $FACTLINE_HOME/indexes} (beside, not inside, the embedded store's own {@code index})
     * or {@code ~/.factline/indexes}: {@code postgresql-localhost-5432-factline}. The user and the password are
     * not part of the name: whoever reads the same database reads the same index.
     */
    static Path serverIndexFolder(String jdbcUrl, String factlineHome, String userHome) {
        Path home = factlineHome != null && !factlineHome.isBlank()
                ? Path.of(factlineHome)
                : Path.of(userHome, ".factline");
        String database = jdbcUrl.replaceFirst("(?i)^jdbc:", "")
                .replaceFirst("[?;].*$", "")
                .replaceAll("[^A-Za-z0-9._]+", "-")
                .replaceAll("^[-.]+|-+$", "");
        return home.resolve("indexes").resolve(database.isEmpty() ? "database" : database)
                .toAbsolutePath().normalize();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}

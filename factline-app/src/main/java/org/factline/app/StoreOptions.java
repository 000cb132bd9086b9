package org.factline.app;

import java.nio.file.Path;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreConfig;
import picocli.CommandLine.Option;

/** Where the store is: a data folder with an embedded database, or a PostgreSQL server. */
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

    StoreConfig config() {
        if (db != null) {
            return StoreConfig.atJdbcUrl(db, firstNonNull(dbUser, System.getenv("FACTLINE_DB_USER")),
                    firstNonNull(dbPassword, System.getenv("FACTLINE_DB_PASSWORD")));
        }
        return StoreConfig.inDataDir(data != null ? data : StoreConfig.defaultDataDir());
    }

    ArticleStore open() {
        return ArticleStore.open(config());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}

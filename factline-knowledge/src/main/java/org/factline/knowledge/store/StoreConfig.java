package org.factline.knowledge.store;

import java.nio.file.Path;

/**
 * Where the store lives: a data folder holding an embedded H2 database (the default, nothing to set up),
 * or a database server reached by a JDBC URL ({@code jdbc:postgresql://host:5432/factline}).
 * Exactly one of {@code dataDir} and {@code jdbcUrl} is set.
 *
 * @param dataDir  the data folder, or null
 * @param jdbcUrl  the JDBC URL, or null
 * @param user     database user for {@code jdbcUrl}, or null to use the URL's or the driver's default
 * @param password its password, or null
 */
public record StoreConfig(Path dataDir, String jdbcUrl, String user, String password) {

    /** The environment variable naming the default data folder. */
    public static final String HOME_VARIABLE = "FACTLINE_HOME";

    public StoreConfig {
        if ((dataDir == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException("give either a data folder or a JDBC URL, not both or neither");
        }
        if (dataDir != null) {
            dataDir = dataDir.toAbsolutePath().normalize();
        }
    }

    /** An embedded H2 store in {@code dataDir}, created if needed. */
    /**
     * Whether a store is there to read: always for a database server (the server says when it is not); for a
     * data folder, whether it holds the embedded database file. Opening a store makes one; commands that only
     * read ask this first, so that they create nothing.
     */
    public boolean exists() {
        return dataDir == null || java.nio.file.Files.exists(dataDir.resolve(Database.H2_FILE_NAME + ".mv.db"));
    }

    public static StoreConfig inDataDir(Path dataDir) {
        return new StoreConfig(dataDir, null, null, null);
    }

    /** A store on a database server. */
    public static StoreConfig atJdbcUrl(String jdbcUrl, String user, String password) {
        return new StoreConfig(null, jdbcUrl, user, password);
    }

    /**
     * The store a user named on the command line: a {@code jdbc:} URL, or else a data folder.
     * A password, if needed, can go in the URL ({@code ?user=…&password=…}).
     */
    public static StoreConfig of(String dataDirOrJdbcUrl) {
        return dataDirOrJdbcUrl.startsWith("jdbc:")
                ? atJdbcUrl(dataDirOrJdbcUrl, null, null)
                : inDataDir(Path.of(dataDirOrJdbcUrl));
    }

    /** The store in the {@link #defaultDataDir() default data folder}. */
    public static StoreConfig defaults() {
        return inDataDir(defaultDataDir());
    }

    /** {@code $FACTLINE_HOME} if set, else {@code ./factline-data}. */
    public static Path defaultDataDir() {
        String home = System.getenv(HOME_VARIABLE);
        return Path.of(home == null || home.isBlank() ? "factline-data" : home);
    }

    /** Never shows the password: configurations end up in logs and error messages. */
    @Override
    public String toString() {
        if (dataDir != null) {
            return "StoreConfig[dataDir=" + dataDir + "]";
        }
        return "StoreConfig[jdbcUrl=" + jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***")
                + ", user=" + user + (password == null ? "" : ", password=***") + "]";
    }
}

package org.factline.knowledge.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How to reach the database a {@link StoreConfig} names, and how to bring its schema up to date.
 *
 * <p>A data folder holds an H2 database opened with {@code AUTO_SERVER=TRUE}. Plain embedded H2 lets one
 * process open the file at a time, so {@code factline articles} run while {@code factline ingest} is busy
 * would fail with "database in use". With AUTO_SERVER the first process serves the file over TCP on a
 * random port, and later processes connect to it transparently. H2 only lets in clients that present the
 * random key it writes to {@code factline.lock.db}, so this gives no more access than reading the data
 * folder does. When the serving process exits, the others lose their connection; {@link ArticleStore}
 * then reconnects before its next operation.
 *
 * <p>{@code WRITE_DELAY=0}: H2 writes each commit to its file before the commit returns. By default it writes them
 * in the background up to half a second later, so that an article reported stored could be lost: when the disk
 * filled during an ingest, 132 of the 275 articles it had reported stored were not in the file; a process killed
 * right after a commit loses it likewise. Storing articles without analysing them takes up to 1.6 times as long (see
 * docs/PERFORMANCE.md); next to analysis, the cost does not show.
 *
 * <p>Connections come from the drivers' own {@link DataSource}s, not {@code DriverManager}, so that a
 * merged application jar needs no {@code java.sql.Driver} service file.
 */
final class Database {

    /** The database name inside a data folder; H2 adds {@code .mv.db}. */
    static final String H2_FILE_NAME = "factline";

    final Backend backend;
    private final DataSource dataSource;
    private final String description;

    private Database(Backend backend, DataSource dataSource, String description) {
        this.backend = backend;
        this.dataSource = dataSource;
        this.description = description;
    }

    /** Checks the location and, for a data folder, creates it; does not connect yet. */
    static Database of(StoreConfig config) {
        return config.dataDir() != null
                ? inDataDir(config.dataDir())
                : atUrl(config.jdbcUrl(), config.user(), config.password());
    }

    private static Database inDataDir(Path dir) {
        String file = dir.resolve(H2_FILE_NAME).toString();
        if (file.indexOf(';') >= 0) {
            // H2 reads ';' in a URL as the start of a setting, so such a path cannot be expressed (and must not be).
            throw unusable(dir, "H2 cannot open a database whose path contains ';'");
        }
        prepare(dir);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
        return new Database(Backend.H2, h2, "H2 file " + file + ".mv.db");
    }

    private static Database atUrl(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            try {
                pg.setUrl(url);
            } catch (IllegalArgumentException e) {
                throw new StoreException("Not a valid PostgreSQL JDBC URL: " + withoutSettings(url, '?'), e);
            }
            if (user != null) {
                pg.setUser(user);
            }
            if (password != null) {
                pg.setPassword(password);
            }
            pg.setApplicationName("factline");
            // The server's "Failing row contains (…)" detail would quote whole article texts in error messages.
            pg.setLogServerErrorDetail(false);
            String where = String.join(",", pg.getServerNames()) + ":" + portsOf(pg) + "/" + pg.getDatabaseName();
            return new Database(Backend.POSTGRESQL, pg, "PostgreSQL " + where);
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "" : user);
            h2.setPassword(password == null ? "" : password);
            return new Database(Backend.H2, h2, "H2 " + withoutSettings(url, ';').substring("jdbc:h2:".length()));
        }
        throw new StoreException("Unsupported database URL " + withoutSettings(url, '?')
                + ": Factline stores articles in PostgreSQL (jdbc:postgresql://host:port/database)"
                + " or in a data folder");
    }

    /** A new connection in manual-commit mode: every store operation is one explicit transaction. */
    Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Applies the migrations not yet applied; Flyway records them, so each runs once per database. */
    void migrate() {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("large_text", backend.largeTextType))
                .load()
                .migrate();
    }

    /** For messages: "H2 file /home/me/factline-data/factline.mv.db", "PostgreSQL db.example.org:5432/factline". */
    String describe() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }

    private static void prepare(Path dir) {
        // Name the file in the way: creating the folders would only report "Not a directory".
        for (Path existing = dir; existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                if (!Files.isDirectory(existing)) {
                    throw unusable(dir, (existing.equals(dir) ? "it" : existing) + " is a file, not a folder");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw unusable(dir, reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw unusable(dir, onReadOnlyFileSystem(dir) ? "it is on a read-only file system" : "it is not writable");
        }
    }

    private static boolean onReadOnlyFileSystem(Path dir) {
        try {
            return Files.getFileStore(dir).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private static StoreException unusable(Path dir, String why) {
        return new StoreException("Cannot use " + dir + " as the Factline data folder: " + why);
    }

    /** NIO exceptions carry little more than a path as their message; say what went wrong with it. */
    private static String reason(IOException e) {
        return switch (e) {
            case AccessDeniedException denied -> "permission denied on " + denied.getFile();
            case FileAlreadyExistsException exists -> exists.getFile() + " is a file, not a folder";
            case FileSystemException other when other.getReason() != null -> other.getFile() + ": " + other.getReason();
            default -> e.toString();
        };
    }

    private static String portsOf(PGSimpleDataSource pg) {
        StringBuilder ports = new StringBuilder();
        for (int port : pg.getPortNumbers()) {
            ports.append(ports.isEmpty() ? "" : ",").append(port == 0 ? 5432 : port);
        }
        return ports.toString();
    }

    /** The URL up to its settings, which may hold a password. */
    private static String withoutSettings(String url, char separator) {
        int at = url.indexOf(separator);
        return at < 0 ? url : url.substring(0, at);
    }
}

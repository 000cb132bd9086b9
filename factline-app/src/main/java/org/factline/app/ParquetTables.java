package org.factline.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.Event;
import org.factline.model.Mention;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.Timex;
import org.factline.model.Token;

/**
 * The Parquet tables the Spark job ({@code factline-spark}) writes, read back into articles and analyses.
 *
 * <p>The tables hold the model's records component by component, named in snake case: each row is read as
 * JSON (DuckDB's {@code to_json}, which keeps nested structs and lists) and bound to its record by Jackson
 * with the same naming. The mapping is strict: a column the record does not have is an error, so that tables
 * written by another version of the model are refused rather than half-read.
 *
 * <p>Articles are read in id order, each table's rows in (article, ordinal) order, and merged as they come,
 * so that a corpus of any size streams through in bounded memory (DuckDB sorts out of core). Before anything
 * is read, {@link #open} checks that the folder is the job's output: every table present, ids unique, no layer
 * row without its article.
 */
final class ParquetTables implements AutoCloseable {

    /** One article as the job wrote it: its analysis, or null when it was not analysed. */
    record Loaded(Article article, String extractor, Analysis analysis) {
    }

    /** A record or input the job rejected. */
    record Rejection(String location, String reason) {
    }

    static final String ARTICLES = "articles";
    static final String REJECTED = "rejected";
    private static final Map<String, Class<? extends Record>> LAYERS = Analysis.LAYERS;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Path folder;
    private final Connection duck;
    private final long articles;

    private ParquetTables(Path folder, Connection duck, long articles) {
        this.folder = folder;
        this.duck = duck;
        this.articles = articles;
    }


    /**
     * Opens the job's output folder and checks it.
     *
     * @throws LoadException naming the folder, the table and what is wrong with it
     */
    static ParquetTables open(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new LoadException(folder + ": no such folder (the --out folder of the Spark job)");
        }
        List<String> missing = new ArrayList<>();
        for (String table : tables()) {
            if (!Files.isDirectory(folder.resolve(table))) {
                missing.add(table);
            }
        }
        if (missing.size() == tables().size()) {
            throw new LoadException(folder + ": not the output of factline-spark: it holds none of its tables ("
                    + String.join(", ", tables()) + ")");
        }
        if (!missing.isEmpty()) {
            throw new LoadException(folder + ": incomplete output of factline-spark: missing " + String.join(", ",
                    missing) + " (did the job fail before it wrote them?)");
        }
        Connection duck;
        try {
            duck = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new LoadException("cannot start DuckDB to read Parquet: " + e.getMessage());
        }
        try {
            for (String table : tables()) {
                createView(duck, folder, table);
            }
            long count = check(duck, folder);
            return new ParquetTables(folder, duck, count);
        } catch (SQLException | RuntimeException e) {
            close(duck);
            if (e instanceof LoadException l) {
                throw l;
            }
            throw new LoadException(folder + ": cannot read the tables: " + e.getMessage());
        }
    }

    private static List<String> tables() {
        List<String> tables = new ArrayList<>();
        tables.add(ARTICLES);
        tables.addAll(LAYERS.keySet());
        tables.add(REJECTED);
        return tables;
    }

    /** A view over the table's Parquet files; an empty view when the job wrote no file (no rows). */
    private static void createView(Connection duck, Path folder, String table) throws SQLException {
        Path dir = folder.resolve(table);
        boolean anyFile;
        try (Stream<Path> files = Files.list(dir)) {
            anyFile = files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new LoadException(dir + ": cannot list: " + e.getMessage());
        }
        String source = anyFile ? "read_parquet(" + literal(dir.resolve("*.parquet").toString()) + ")" : null;
        try (Statement s = duck.createStatement()) {
            if (source != null) {
                s.execute("CREATE VIEW " + table + " AS SELECT * FROM " + source);
            } else if (table.equals(ARTICLES)) {
                s.execute("CREATE VIEW articles AS SELECT NULL::VARCHAR AS id WHERE false");
            } else if (table.equals(REJECTED)) {
                s.execute("CREATE VIEW rejected AS SELECT NULL::VARCHAR AS location, NULL::VARCHAR AS reason"
                        + " WHERE false");
            } else {
                s.execute("CREATE VIEW " + table + " AS SELECT NULL::VARCHAR AS article_id, NULL::INTEGER AS ordinal"
                        + " WHERE false");
            }
        }
    }

    /** Checks ids and references; returns the number of articles. */
    private static long check(Connection duck, Path folder) throws SQLException {
        long articles = count(duck, "SELECT count(*) FROM articles");
        long distinct = count(duck, "SELECT count(DISTINCT id) FROM articles");
        if (distinct != articles) {
            throw new LoadException(folder.resolve(ARTICLES) + ": " + (articles - distinct)
                    + " article ids appear more than once");
        }
        for (String layer : LAYERS.keySet()) {
            long orphans = count(duck, "SELECT count(*) FROM " + layer
                    + " WHERE article_id NOT IN (SELECT id FROM articles)");
            if (orphans > 0) {
                throw new LoadException(folder.resolve(layer) + ": " + orphans
                        + " rows belong to no article of the articles table");
            }
        }
        return articles;
    }

    private static long count(Connection duck, String sql) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    long articleCount() {
        return articles;
    }

    /** The job's rejections, in the order of their locations. */
    List<Rejection> rejections() {
        List<Rejection> rejections = new ArrayList<>();
        try (Statement s = duck.createStatement();
             ResultSet r = s.executeQuery("SELECT location, reason FROM rejected ORDER BY location, reason")) {
            while (r.next()) {
                rejections.add(new Rejection(r.getString(1), r.getString(2)));
            }
        } catch (SQLException e) {
            throw new LoadException(folder.resolve(REJECTED) + ": cannot read: " + e.getMessage());
        }
        return rejections;
    }

    /**
     * Hands every article to {@code sink}, in id order, with its analysis. A row that does not bind to its
     * record stops the load with a {@link LoadException} naming the table and the article: what was handed on
     * before stays handed on.
     */
    void forEach(java.util.function.Consumer<Loaded> sink) {
        List<Cursor> layers = new ArrayList<>();
        try (Cursor articles = new Cursor(duck, folder, ARTICLES, "SELECT id AS k, to_json(t) AS j FROM articles t"
                + " ORDER BY id")) {
            try {
                for (String layer : LAYERS.keySet()) {
                    layers.add(new Cursor(duck, folder, layer, "SELECT article_id AS k, to_json(t) AS j FROM " + layer
                            + " t ORDER BY article_id, ordinal"));
                }
                for (; articles.has(); articles.next()) {
                    sink.accept(loaded(articles.key(), articles.json(), layers));
                }
            } finally {
                layers.forEach(Cursor::close);
            }
        }
    }

    private Loaded loaded(String id, ObjectNode row, List<Cursor> layers) {
        String extractor = row.path("extractor").isTextual() ? row.get("extractor").asText() : null;
        boolean analysed = row.path("analysed").asBoolean(false);
        row.remove("extractor");
        row.remove("analysed");
        Article article = bind(row, Article.class, ARTICLES, id);
        List<List<Record>> parts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Class<? extends Record>> layer : LAYERS.entrySet()) {
            Cursor cursor = layers.get(i++);
            List<Record> rows = new ArrayList<>();
            while (cursor.at(id)) {
                ObjectNode json = cursor.json();
                json.remove("article_id");
                json.remove("ordinal");
                rows.add(bind(json, layer.getValue(), layer.getKey(), id));
                cursor.next();
            }
            parts.add(rows);
        }
        if (!analysed) {
            return new Loaded(article, null, null);
        }
        @SuppressWarnings("unchecked")
        Analysis analysis = new Analysis(article, (List<Sentence>) (List<?>) parts.get(0),
                (List<Token>) (List<?>) parts.get(1), (List<Mention>) (List<?>) parts.get(2),
                (List<Entity>) (List<?>) parts.get(3), (List<Timex>) (List<?>) parts.get(4),
                (List<Claim>) (List<?>) parts.get(5), (List<Event>) (List<?>) parts.get(6),
                (List<Quantity>) (List<?>) parts.get(7));
        return new Loaded(article, extractor, analysis);
    }

    private <T> T bind(ObjectNode json, Class<T> type, String table, String id) {
        try {
            return JSON.treeToValue(json, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new LoadException(folder.resolve(table) + ": a row of article " + id + " is not a "
                    + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @Override
    public void close() {
        close(duck);
    }

    private static void close(Connection duck) {
        try {
            duck.close();
        } catch (SQLException e) {
            // Nothing was written through it.
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Rows of one table in order, one ahead. */
    private static final class Cursor implements AutoCloseable {

        private final Path table;
        private final PreparedStatement statement;
        private final ResultSet rows;
        private boolean current;

        Cursor(Connection duck, Path folder, String table, String sql) {
            this.table = folder.resolve(table);
            try {
                statement = duck.prepareStatement(sql);
                rows = statement.executeQuery();
                current = rows.next();
            } catch (SQLException e) {
                throw new LoadException(this.table + ": cannot read: " + e.getMessage());
            }
        }

        boolean has() {
            return current;
        }

        void next() {
            try {
                current = rows.next();
            } catch (SQLException e) {
                throw new LoadException(table + ": cannot read: " + e.getMessage());
            }
        }

        boolean at(String articleId) {
            return current && articleId.equals(key());
        }

        String key() {
            try {
                return rows.getString(1);
            } catch (SQLException e) {
                throw new LoadException(table + ": cannot read: " + e.getMessage());
            }
        }

        ObjectNode json() {
            try {
                JsonNode node = JSON.readTree(rows.getString(2));
                if (!(node instanceof ObjectNode object)) {
                    throw new LoadException(table + ": a row is not a record: " + node);
                }
                return object;
            } catch (SQLException | IOException e) {
                throw new LoadException(table + ": cannot read: " + e.getMessage());
            }
        }

        @Override
        public void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException(e));
            }
        }
    }

    /** The folder is not a job's output, or a table cannot be read; the message says which and why. */
    static final class LoadException extends RuntimeException {
        LoadException(String message) {
            super(message);
        }
    }
}

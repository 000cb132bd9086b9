package org.factline.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.factline.extract.ExtractorVersion;
import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.ingest.IngestListener;
import org.factline.ingest.Ingestor;
import org.factline.ingest.read.InputSource;
import org.factline.ingest.read.ReadLimits;
import org.factline.model.Analysis;
import org.factline.model.Article;
import scala.Tuple2;

/**
 * {@code factline ingest}'s reading and analysis as a Spark job: reads a folder, JSON Lines or WARC corpus (any
 * input {@code factline ingest} reads, on any file system Hadoop knows), analyses every article with the
 * standard pipeline, and writes the Parquet tables of {@link Tables}, which {@code factline load} puts into a
 * store.
 *
 * <pre>
 * spark-submit --class org.factline.spark.SparkExtract factline-spark/target/factline-spark.jar \
 *     [--partitions N] [--overwrite] --out PARQUET_DIR INPUT …
 * </pre>
 * Without a master (run with {@code java}, not {@code spark-submit}) it runs in local mode on every core.
 *
 * <p>Files are read by the tasks, one task per group of files; articles are then spread over {@code
 * --partitions} tasks (default: Spark's default parallelism) for the analysis, which is where the time goes,
 * so that one large JSON Lines or WARC file is analysed by every executor. An article read twice (the same
 * id) is analysed once, in the form a single process would keep (the first read). As in {@code factline
 * ingest}, a bad input, record or article is a row of {@code rejected} and never stops the job.
 */
public final class SparkExtract {

    /**
     * What a job did.
     *
     * @param files    article files listed
     * @param articles distinct articles written (analysed or not)
     * @param analysed articles analysed
     * @param rejected inputs, records and articles rejected
     */
    public record Summary(long files, long articles, long analysed, long rejected) {
    }

    /** A row of one of the tables, as the analysis tasks hand them on. */
    record TableRow(String table, Row row) implements Serializable {
    }

    /** What reading gave for one record: an article and its place in the reading order, or a failure. */
    record Read(int file, int record, Article article, String location, String reason) implements Serializable {

        boolean before(Read other) {
            return file != other.file ? file < other.file : record < other.record;
        }
    }

    private SparkExtract() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("factline-spark: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("factline extract");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary s = run(spark, options.inputs(), options.out(), options.partitions(), options.overwrite());
            System.out.printf("Read %d file%s: %d articles, %d analysed, %d rejected. Tables in %s%n", s.files(),
                    s.files() == 1 ? "" : "s", s.articles(), s.analysed(), s.rejected(), options.out());
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job.
     *
     * @param out        the folder to write the tables into (a Hadoop path or URI)
     * @param partitions tasks to analyse the articles in; 0 for Spark's default parallelism
     * @param overwrite  whether to replace tables already in {@code out}; otherwise their presence is an error
     */
    public static Summary run(SparkSession spark, List<String> inputs, String out, int partitions,
                              boolean overwrite) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        InputFiles.Listing listing = InputFiles.list(inputs, jsc.hadoopConfiguration());
        int analysisPartitions = partitions > 0 ? partitions : jsc.defaultParallelism();
        String extractor = ExtractorVersion.current();
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));

        List<InputFiles.InputFile> files = listing.files();
        JavaRDD<Read> reads = files.isEmpty() ? jsc.emptyRDD()
                : jsc.parallelize(files, Math.min(files.size(), Math.max(1, jsc.defaultParallelism() * 4)))
                        .flatMap(f -> read(f, conf.value()).iterator());
        // The first read of each id, as a single process keeps it; the shuffle also spreads the analysis.
        JavaPairRDD<String, Read> articles = reads.filter(r -> r.article() != null)
                .mapToPair(r -> new Tuple2<>(r.article().id(), r))
                .reduceByKey((a, b) -> a.before(b) ? a : b, analysisPartitions);
        JavaRDD<TableRow> rows = articles.values().flatMap(r -> analyse(r.article(), extractor).iterator())
                .union(reads.filter(r -> r.article() == null)
                        .map(r -> new TableRow(Tables.REJECTED, RowFactory.create(r.location(), r.reason()))))
                .union(jsc.parallelize(listing.problems().stream()
                        .map(p -> new TableRow(Tables.REJECTED, RowFactory.create(p.argument(), p.reason())))
                        .toList(), 1))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            write(spark, rows, Tables.ARTICLES, Tables.ARTICLE, out, mode);
            for (Map.Entry<String, Class<? extends Record>> layer : Tables.LAYERS.entrySet()) {
                write(spark, rows, layer.getKey(), Tables.layer(layer.getValue()), out, mode);
            }
            write(spark, rows, Tables.REJECTED, Tables.REJECTION, out, mode);
            Map<String, Long> counts = rows.map(r -> r.table().equals(Tables.ARTICLES)
                            ? (r.row().getBoolean(r.row().length() - 1) ? "analysed" : "articles") : r.table())
                    .countByValue();
            long analysed = counts.getOrDefault("analysed", 0L);
            return new Summary(files.size(), analysed + counts.getOrDefault("articles", 0L), analysed,
                    counts.getOrDefault(Tables.REJECTED, 0L));
        } finally {
            rows.unpersist(false);
        }
    }

    private static void write(SparkSession spark, JavaRDD<TableRow> rows, String table,
                              org.apache.spark.sql.types.StructType schema, String out, SaveMode mode) {
        JavaRDD<Row> tableRows = rows.filter(r -> r.table().equals(table)).map(TableRow::row);
        spark.createDataFrame(tableRows, schema).write().mode(mode).parquet(out + "/" + table);
    }

    /** Reads one file as {@code factline ingest} does, on the task's machine. */
    private static List<Read> read(InputFiles.InputFile file, SerializableConfiguration conf) throws IOException {
        Path path = new Path(java.net.URI.create(file.uri()));
        FileSystem fs = path.getFileSystem(conf.value());
        java.nio.file.Path local;
        java.nio.file.Path copy = null;
        if ("file".equals(fs.getScheme())) {
            local = java.nio.file.Path.of(path.toUri());
        } else {
            copy = Files.createTempFile("factline-", "-" + path.getName());
            fs.copyToLocalFile(false, path, new Path(copy.toUri()), true);
            local = copy;
        }
        List<Read> reads = new ArrayList<>();
        try {
            new Ingestor(ReadLimits.defaults()).read(new InputSource(file.name(), local, null), new IngestListener() {
                @Override
                public void article(Article article) {
                    reads.add(new Read(file.index(), reads.size(), article, null, null));
                }

                @Override
                public void failure(String location, String reason) {
                    reads.add(new Read(file.index(), reads.size(), null, location, reason));
                }
            });
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
        return reads;
    }

    /** The rows of one article: its own, and its layers' when its language is analysed; or a rejection. */
    private static List<TableRow> analyse(Article article, String extractor) {
        List<TableRow> rows = new ArrayList<>();
        if (!article.language().analysable()) {
            rows.add(new TableRow(Tables.ARTICLES, Tables.article(article, null)));
            return rows;
        }
        Analysis analysis;
        try {
            analysis = Analysing.pipeline().analyse(article);
        } catch (RuntimeException | StackOverflowError e) {
            // As in factline ingest: the article is kept without layers, the failure is reported.
            rows.add(new TableRow(Tables.ARTICLES, Tables.article(article, null)));
            rows.add(new TableRow(Tables.REJECTED, RowFactory.create(article.source().location() + " ("
                    + article.doc() + ")", "analysis failed: " + e)));
            return rows;
        }
        rows.add(new TableRow(Tables.ARTICLES, Tables.article(article, extractor)));
        List<String> names = List.copyOf(Tables.LAYERS.keySet());
        List<List<Row>> layers = Tables.layers(analysis);
        for (int i = 0; i < names.size(); i++) {
            for (Row row : layers.get(i)) {
                rows.add(new TableRow(names.get(i), row));
            }
        }
        return rows;
    }

    /** The pipeline of this JVM (an executor), made once: its models take seconds and a gigabyte or two. */
    static final class Analysing {

        private static volatile Pipeline pipeline;

        private Analysing() {
        }

        static Pipeline pipeline() {
            Pipeline p = pipeline;
            if (p == null) {
                synchronized (Analysing.class) {
                    p = pipeline;
                    if (p == null) {
                        p = Pipelines.standard();
                        pipeline = p;
                    }
                }
            }
            return p;
        }
    }

    /** The command line. */
    record Options(List<String> inputs, String out, int partitions, boolean overwrite) {

        static final String USAGE =
                "usage: SparkExtract [--partitions N] [--overwrite] --out PARQUET_DIR INPUT …";

        static Options parse(String[] args) {
            List<String> inputs = new ArrayList<>();
            String out = null;
            int partitions = 0;
            boolean overwrite = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = value(args, ++i, "--out");
                    case "--partitions" -> {
                        String n = value(args, ++i, "--partitions");
                        try {
                            partitions = Integer.parseInt(n);
                        } catch (NumberFormatException e) {
                            partitions = -1;
                        }
                        if (partitions < 1) {
                            throw new IllegalArgumentException("--partitions takes a positive number, not " + n);
                        }
                    }
                    case "--overwrite" -> overwrite = true;
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        inputs.add(args[i]);
                    }
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out PARQUET_DIR is required");
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("name at least one input: a folder, file or pattern");
            }
            return new Options(List.copyOf(inputs), out, partitions, overwrite);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}

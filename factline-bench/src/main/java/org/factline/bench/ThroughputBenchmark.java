package org.factline.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.extract.nlp.CoreNlpModels;
import org.factline.model.Article;
import org.factline.spark.SparkExtract;

/**
 * Throughput of the whole extraction on the same articles, three ways: (a) bare CoreNLP, the configured
 * annotators of each language run on every sentence (tokenize … ner, depparse), without reading the result;
 * (b) Factline's full pipeline ({@code Pipelines.standard()}: CoreNLP, then mentions, linking, time, claims,
 * figures, events), on 1 and 2 threads; (c) the Spark job in {@code local[2]}, reading the files and writing
 * its Parquet tables. A warm-up pass loads the models first; each measure repeats the articles for at least
 * {@code -Dbench.seconds} (default 60). Prints articles/s, tokens/s, the heap's high-water mark during the
 * measure and the process's resident set (now and at its peak, from /proc).
 *
 * <pre>java -Xmx6g [Spark's --add-opens] -cp … org.factline.bench.ThroughputBenchmark [PATH …]</pre>
 * See docs/PERFORMANCE.md for the exact command.
 */
public final class ThroughputBenchmark {

    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "60"));

    private ThroughputBenchmark() {
    }

    record Measure(String what, int threads, int articles, long tokens, double seconds, long peakMb) {

        double perSecond() {
            return articles / seconds;
        }

        String row() {
            return String.format("%-22s %7d %8d %9d %8.1f %10.2f %10.0f %9d %9s %9s", what, threads, articles, tokens,
                    seconds, perSecond(), tokens / seconds, peakMb, Rss.now(), Rss.peak());
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> paths = BenchArticles.paths(args);
        List<Article> articles = BenchArticles.byLanguage(paths).values().stream().flatMap(List::stream)
                .filter(a -> a.language().analysable()).toList();
        Pipeline pipeline = Pipelines.standard();
        System.out.printf("%d processors, load average %.1f at start; %d articles from %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), articles.size(), paths);
        long start = System.nanoTime();
        AtomicLong tokensPerPass = new AtomicLong();
        pipeline.analyseAll(articles, 2, a -> tokensPerPass.addAndGet(a.tokens().size()));
        System.out.printf("warm-up (models loaded) in %.1f s; %d tokens a pass; heap after full GC %d MB%n",
                (System.nanoTime() - start) / 1e9, tokensPerPass.get(), HeapMeter.usedAfterGcMb());
        System.out.printf("%-22s %7s %8s %9s %8s %10s %10s %9s %9s %9s%n", "what", "threads", "articles", "tokens",
                "seconds", "articles/s", "tokens/s", "heap MB", "RSS MB", "peak RSS");
        Measure bare1 = bare(articles, 1);
        System.out.println(bare1.row());
        Measure full1 = full(pipeline, articles, 1);
        System.out.println(full1.row());
        Measure bare2 = bare(articles, 2);
        System.out.println(bare2.row());
        Measure full2 = full(pipeline, articles, 2);
        System.out.println(full2.row());
        Measure spark = spark(paths, articles.size(), tokensPerPass.get());
        System.out.println(spark.row());
        System.out.printf("full / bare: %.2f (1 thread), %.2f (2 threads); full 2 threads / 1 thread: %.2f;"
                        + " Spark local[2] / full 2 threads: %.2f%n", full1.perSecond() / bare1.perSecond(),
                full2.perSecond() / bare2.perSecond(), full2.perSecond() / full1.perSecond(),
                spark.perSecond() / full2.perSecond());
        System.out.printf("load average %.1f at end%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Measure full(Pipeline pipeline, List<Article> articles, int threads) {
        HeapMeter.resetPeak();
        AtomicLong tokens = new AtomicLong();
        int done = 0;
        long start = System.nanoTime();
        while (done == 0 || System.nanoTime() - start < SECONDS * 1e9) {
            pipeline.analyseAll(articles, threads, a -> tokens.addAndGet(a.tokens().size()));
            done += articles.size();
        }
        return new Measure("Factline full pipeline", threads, done, tokens.get(), (System.nanoTime() - start) / 1e9,
                HeapMeter.peakMb());
    }

    private static Measure bare(List<Article> articles, int threads) throws Exception {
        HeapMeter.resetPeak();
        long tokens = 0;
        int done = 0;
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            while (done == 0 || System.nanoTime() - start < SECONDS * 1e9) {
                List<Future<Integer>> futures = articles.stream().map(a -> pool.submit(() -> {
                    Annotation annotation = new Annotation(a.text());
                    CoreNlpModels.forLanguage(a.language().code()).orElseThrow().linguistics().annotate(annotation);
                    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
                })).toList();
                for (Future<Integer> f : futures) {
                    tokens += f.get();
                }
                done += articles.size();
            }
        }
        return new Measure("bare CoreNLP", threads, done, tokens, (System.nanoTime() - start) / 1e9,
                HeapMeter.peakMb());
    }

    /** The job end to end (listing, reading, analysis, Parquet), its models already loaded by the warm-up. */
    private static Measure spark(List<String> paths, int articlesPerPass, long tokensPerPass) throws IOException {
        Path out = Files.createTempDirectory("factline-bench-spark");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("factline bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        try {
            SparkExtract.run(spark, paths, out.toString(), 2, true);
            HeapMeter.resetPeak();
            int done = 0;
            long start = System.nanoTime();
            while (done == 0 || System.nanoTime() - start < SECONDS * 1e9) {
                SparkExtract.run(spark, paths, out.toString(), 2, true);
                done += articlesPerPass;
            }
            return new Measure("Spark local[2]", 2, done, tokensPerPass * (done / articlesPerPass),
                    (System.nanoTime() - start) / 1e9, HeapMeter.peakMb());
        } finally {
            spark.stop();
        }
    }

    /** The process's resident set, from /proc/self/status (Linux); "?" elsewhere. */
    static final class Rss {

        private Rss() {
        }

        static String now() {
            return field("VmRSS:");
        }

        static String peak() {
            return field("VmHWM:");
        }

        private static String field(String name) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith(name)) {
                        return Long.toString(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // not Linux
            }
            return "?";
        }
    }
}

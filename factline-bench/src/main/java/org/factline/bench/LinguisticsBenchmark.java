package org.factline.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.factline.extract.Pipeline;
import org.factline.extract.nlp.CoreNlpModels;
import org.factline.extract.nlp.LinguisticStep;
import org.factline.model.Article;

/**
 * Throughput of the linguistic layer, per language, on 1 and 2 threads: Factline's {@code LinguisticStep}
 * through a {@code Pipeline}, and bare CoreNLP (the same configured pipeline's {@code annotate}, without
 * reading the result into Factline's records) as the reference. A warm-up pass first; each measure runs
 * the articles again and again for at least {@code -Dbench.seconds} (default 20).
 *
 * <pre>java -cp … org.factline.bench.LinguisticsBenchmark [PATH …]</pre>
 * Default paths: {@code examples/kursk} and the shared development articles when they are beside the repository.
 */
public final class LinguisticsBenchmark {

    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "20"));

    private LinguisticsBenchmark() {
    }

    /** One measure: what ran, on how many threads, how much it did in how long, and the heap it took. */
    record Measure(String language, String what, int threads, int articles, long tokens, double seconds, long peakMb) {

        String row() {
            return String.format("%-4s %-14s %7d %8d %9d %8.1f %10.2f %10.0f %10d", language, what, threads, articles,
                    tokens, seconds, articles / seconds, tokens / seconds, peakMb);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<Article>> articles = BenchArticles.byLanguage(BenchArticles.paths(args));
        Pipeline pipeline = Pipeline.of(new LinguisticStep());
        // Other work on the machine skews the figures: say how busy it was.
        System.out.printf("%d processors, load average %.1f at start%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("%-4s %-14s %7s %8s %9s %8s %10s %10s %10s%n", "lang", "what", "threads", "articles",
                "tokens", "seconds", "articles/s", "tokens/s", "peak MB");
        for (Map.Entry<String, List<Article>> e : articles.entrySet()) {
            if (CoreNlpModels.forLanguage(e.getKey()).isEmpty()) {
                System.out.printf("%-4s skipped: no models (%d articles)%n", e.getKey(), e.getValue().size());
                continue;
            }
            long start = System.nanoTime();
            StanfordCoreNLP corenlp = CoreNlpModels.forLanguage(e.getKey()).orElseThrow().linguistics();
            double load = (System.nanoTime() - start) / 1e9;
            pipeline.analyseAll(e.getValue(), 2, a -> { });
            System.out.printf("%-4s models loaded in %.1f s, warmed up; heap after full GC %d MB%n", e.getKey(), load,
                    HeapMeter.usedAfterGcMb());
            for (int threads : new int[] {1, 2}) {
                System.out.println(factline(e.getKey(), pipeline, e.getValue(), threads).row());
                System.out.println(bare(e.getKey(), corenlp, e.getValue(), threads).row());
            }
        }
        System.out.printf("heap after full GC, all languages loaded: %d MB; load average %.1f at end%n",
                HeapMeter.usedAfterGcMb(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Measure factline(String language, Pipeline pipeline, List<Article> articles, int threads) {
        HeapMeter.resetPeak();
        AtomicLong tokens = new AtomicLong();
        int done = 0;
        long start = System.nanoTime();
        while (done == 0 || System.nanoTime() - start < SECONDS * 1e9) {
            pipeline.analyseAll(articles, threads, a -> tokens.addAndGet(a.tokens().size()));
            done += articles.size();
        }
        return new Measure(language, "LinguisticStep", threads, done, tokens.get(), (System.nanoTime() - start) / 1e9,
                HeapMeter.peakMb());
    }

    private static Measure bare(String language, StanfordCoreNLP corenlp, List<Article> articles, int threads)
            throws Exception {
        HeapMeter.resetPeak();
        long tokens = 0;
        int done = 0;
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            while (done == 0 || System.nanoTime() - start < SECONDS * 1e9) {
                List<Future<Integer>> futures = articles.stream().map(a -> pool.submit(() -> {
                    Annotation annotation = new Annotation(a.text());
                    corenlp.annotate(annotation);
                    return annotation.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
                })).toList();
                for (Future<Integer> f : futures) {
                    tokens += f.get();
                }
                done += articles.size();
            }
        }
        return new Measure(language, "bare CoreNLP", threads, done, tokens, (System.nanoTime() - start) / 1e9,
                HeapMeter.peakMb());
    }
}

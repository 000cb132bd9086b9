package org.factline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code factline serve} under load: {@code -Dbench.clients} clients (default 100) send requests to every read route
 * for {@code -Dbench.seconds} (default 60) while one more client posts articles, one after another, as a newsroom's
 * feed would; then prints, per route, how many requests were answered, how many were errors, and the latency
 * percentiles, with the throughput and the machine's load average.
 *
 * <pre>java -cp … org.factline.bench.LoadBenchmark URL [FOLDER …]</pre>
 *
 * <p>{@code URL} is a running {@code factline serve} ({@code http://127.0.0.1:8080/}). The articles are the
 * {@code .txt} files of the folders (default {@code examples/kursk} and {@code examples/stories}): before the clock
 * starts, each is posted as it is (stored and analysed unless the server holds it already; the first one loads the
 * language models), so that the views have something to show; while the clock runs, copies of them with one
 * sentence added are posted, which are new articles, stored, analysed and indexed, and make the corpus views be
 * made again.
 *
 * <p>An error is an answer with another status than the route's (200, 201 for a new article, 400 or 404 for the
 * few requests that are wrong on purpose), or no answer within {@code -Dbench.timeout} seconds (default 60). Every
 * loop is bounded in time and in count ({@code -Dbench.requests} per client, default 100000). At the end, every
 * article posted must be listed and analysed; the exit code is 1 when there was any error.
 */
public final class LoadBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 100);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "60"));
    private static final int REQUESTS_PER_CLIENT = Integer.getInteger("bench.requests", 100_000);
    private static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("bench.timeout", 60));
    /** Posting an article analyses it; the first one loads the language models, minutes on a busy machine. */
    private static final Duration POST_TIMEOUT = Duration.ofMinutes(10);
    private static final String POST = "POST /api/articles";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final FirstErrors errors = new FirstErrors();

    private LoadBenchmark(URI base) {
        this.base = base;
    }

    /** A request the clients send in turn: a name for the table, the path and query, the status it must get. */
    record Probe(String name, String path, int status) {
    }

    /** An article file to post: its name and its text. */
    record Posting(String doc, String text) {
    }

    /** What one client saw: latencies in nanoseconds by route name, and its errors. */
    private static final class Tally {
        final Map<String, long[]> latencies = new TreeMap<>();
        final Map<String, Integer> counts = new TreeMap<>();
        final Map<String, Integer> failures = new TreeMap<>();

        void add(String name, long nanos, boolean ok) {
            long[] l = latencies.computeIfAbsent(name, k -> new long[64]);
            int n = counts.getOrDefault(name, 0);
            if (n == l.length) {
                l = Arrays.copyOf(l, n * 2);
                latencies.put(name, l);
            }
            l[n] = nanos;
            counts.put(name, n + 1);
            if (!ok) {
                failures.merge(name, 1, Integer::sum);
            }
        }

        void addAll(Tally other) {
            other.counts.forEach((name, n) -> {
                long[] l = other.latencies.get(name);
                for (int i = 0; i < n; i++) {
                    add(name, l[i], true);
                }
            });
            other.failures.forEach((name, n) -> failures.merge(name, n, Integer::sum));
        }

        long[] sorted(String name) {
            long[] l = Arrays.copyOf(latencies.get(name), counts.get(name));
            Arrays.sort(l);
            return l;
        }
    }

    /** The first errors, kept to be shown. */
    private static final class FirstErrors {
        final ConcurrentLinkedQueue<String> first = new ConcurrentLinkedQueue<>();

        void add(String error) {
            if (first.size() < 20) {
                first.add(error);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: LoadBenchmark URL [FOLDER …]   (URL of a running factline serve)");
            System.exit(2);
        }
        List<String> folders = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("examples/kursk", "examples/stories");
        System.exit(new LoadBenchmark(URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/")).run(postings(folders)));
    }

    private int run(List<Posting> articles) throws Exception {
        // Copies posted are new articles in every run of the benchmark against the same server.
        long run = System.currentTimeMillis() / 1000;
        System.out.printf("%d processors, load average %.1f at start; %s; %d clients for %.0f s (at most %d requests each)%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), base, CLIENTS, SECONDS, REQUESTS_PER_CLIENT);
        warmUp(articles, run);
        List<Probe> probes = probes();

        long start = System.nanoTime();
        long deadline = start + (long) (SECONDS * 1e9);
        List<String> posted = new ArrayList<>();
        Tally all = new Tally();
        double seconds;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Tally> poster = clients.submit(() -> postCopies(articles, run, deadline, posted));
            List<Future<Tally>> readers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                readers.add(clients.submit(() -> read(probes, first, deadline)));
            }
            for (Future<Tally> f : readers) {
                all.addAll(f.get());
            }
            // The readers' time: the post under way at the deadline may end later.
            seconds = (System.nanoTime() - start) / 1e9;
            all.addAll(poster.get());
        }
        int unlisted = checkPosted(posted);
        return report(all, seconds, posted.size(), unlisted);
    }

    /**
     * Posts the articles as they are (stored and analysed unless the server holds them), and one new copy in each
     * language, so that the language models are loaded before the clock starts.
     */
    private void warmUp(List<Posting> articles, long run) throws IOException, InterruptedException {
        long warm = System.nanoTime();
        for (Posting a : articles) {
            HttpResponse<String> r = post("?doc=" + a.doc(), a.text());
            if (r.statusCode() != 201 && r.statusCode() != 200) {
                throw new IllegalStateException("posting " + a.doc() + " before the clock starts gave "
                        + r.statusCode() + ": " + r.body());
            }
        }
        Map<Boolean, Posting> byLanguage = new LinkedHashMap<>();
        articles.forEach(a -> byLanguage.putIfAbsent(english(a.text()), a));
        for (Posting a : byLanguage.values()) {
            HttpResponse<String> r = post("?doc=" + a.doc() + "-warm-" + run, copy(a.text(), run, 0));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("posting a copy of " + a.doc() + " before the clock starts gave "
                        + r.statusCode() + ": " + r.body());
            }
        }
        System.out.printf("posted the %d articles (stored and analysed unless already there) and %d new copies before the"
                + " clock in %.0f s%n", articles.size(), byLanguage.size(), (System.nanoTime() - warm) / 1e9);
    }

    /** The requests of the read routes, with a few that are wrong on purpose, made from what the server holds. */
    private List<Probe> probes() throws IOException, InterruptedException {
        JsonNode listed = json(get("api/articles?limit=500"));
        List<String> ids = new ArrayList<>();
        listed.get("items").forEach(a -> ids.add(a.get("id").asText()));
        JsonNode entities = json(get("api/entities?limit=3"));
        JsonNode events = json(get("api/events?limit=3"));
        if (ids.isEmpty() || entities.get("items").isEmpty() || events.get("items").isEmpty()) {
            throw new IllegalStateException("the server holds no analysed articles to read: " + listed);
        }
        String entity = entities.get("items").get(0).get("id").asText();
        String name = entities.get("items").get(0).get("name").asText();
        String event = events.get("items").get(0).get("id").asText();
        List<Probe> probes = new ArrayList<>(List.of(
                new Probe("GET /api/status", "api/status", 200),
                new Probe("GET /api/articles", "api/articles?limit=20", 200),
                new Probe("GET /api/articles/{id}", "api/articles/" + ids.get(ids.size() / 2), 200),
                new Probe("GET /api/articles/{id}", "api/articles/" + ids.getFirst(), 200),
                new Probe("GET /api/entities", "api/entities?limit=20", 200),
                new Probe("GET /api/entities", "api/entities?q=" + encode(name), 200),
                new Probe("GET /api/entities/{id}", "api/entities/" + encode(entity), 200),
                new Probe("GET /api/events", "api/events?limit=20", 200),
                new Probe("GET /api/events", "api/events?about=" + encode(name), 200),
                new Probe("GET /api/events/{id}", "api/events/" + event, 200),
                new Probe("GET /api/claims", "api/claims?limit=20", 200),
                new Probe("GET /api/threads", "api/threads", 200),
                new Probe("GET /api/disagreements", "api/disagreements", 200),
                new Probe("GET /api/timeline", "api/timeline", 200),
                new Probe("GET /api/timeline", "api/timeline?about=" + encode(name), 200),
                new Probe("GET /api/search", "api/search?q=" + encode(name), 200),
                new Probe("GET /api/search", "api/search?q=barrage&type=claim,event", 200),
                new Probe("GET /api/export", "api/export?format=jsonl", 200),
                new Probe("GET /api/export", "api/export?format=geojson", 200),
                new Probe("bad requests (400, 404)", "api/events?as_of=yesterday", 400),
                new Probe("bad requests (400, 404)", "api/articles/no-such-article", 404),
                new Probe("bad requests (400, 404)", "api/export?format=pdf", 400)));
        // A date slider: as-of views, some kept by the server, some made anew.
        for (String asOf : List.of("2025-03-01", "2026-02-10", "2026-03-01")) {
            probes.add(new Probe("GET /api/events?as_of", "api/events?as_of=" + asOf, 200));
            probes.add(new Probe("GET /api/disagreements?as_of", "api/disagreements?as_of=" + asOf, 200));
        }
        return probes;
    }

    /** One client: the probes in turn, from its own starting point, until the deadline or its count. */
    private Tally read(List<Probe> probes, int first, long deadline) {
        Tally tally = new Tally();
        for (int n = 0; n < REQUESTS_PER_CLIENT && System.nanoTime() < deadline; n++) {
            Probe p = probes.get((first + n) % probes.size());
            long t = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<String> r = get(p.path());
                ok = r.statusCode() == p.status();
                if (!ok) {
                    errors.add(p.path() + " → " + r.statusCode() + ": " + abbreviated(r.body()));
                }
            } catch (IOException e) {
                ok = false;
                errors.add(p.path() + " → " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            tally.add(p.name(), System.nanoTime() - t, ok);
        }
        return tally;
    }

    /** The ingest: copies of the articles, each new, posted one after another until the deadline. */
    private Tally postCopies(List<Posting> articles, long run, long deadline, List<String> posted) {
        Tally tally = new Tally();
        for (int n = 0; n < 100_000 && System.nanoTime() < deadline; n++) {
            Posting a = articles.get(n % articles.size());
            long t = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<String> r = post("?doc=" + a.doc() + "-load-" + run + "-" + (n + 1), copy(a.text(), run, n + 1));
                ok = r.statusCode() == 201;
                if (ok) {
                    posted.add(json(r).get("id").asText());
                } else {
                    errors.add(POST + " " + a.doc() + " → " + r.statusCode() + ": " + abbreviated(r.body()));
                }
            } catch (IOException e) {
                ok = false;
                errors.add(POST + " " + a.doc() + " → " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            tally.add(POST, System.nanoTime() - t, ok);
        }
        return tally;
    }

    /** How many of the articles posted under load the server does not list as stored and analysed. */
    private int checkPosted(List<String> posted) throws IOException, InterruptedException {
        Map<String, Boolean> analysed = new LinkedHashMap<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = json(get("api/articles?limit=500&offset=" + offset));
            page.get("items").forEach(a -> analysed.put(a.get("id").asText(), a.get("analysed").asBoolean()));
            if (offset + 500 >= page.get("total").asInt()) {
                break;
            }
        }
        int missing = 0;
        for (String id : posted) {
            if (!Boolean.TRUE.equals(analysed.get(id))) {
                missing++;
                errors.add("posted article " + id + (analysed.containsKey(id) ? " is not analysed" : " is not listed"));
            }
        }
        return missing;
    }

    private int report(Tally all, double seconds, int posted, int unlisted) {
        System.out.printf("%-30s %8s %7s %8s %8s %8s %8s%n", "route", "requests", "errors", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        long requests = 0;
        int failures = 0;
        for (String name : all.counts.keySet()) {
            long[] l = all.sorted(name);
            int failed = all.failures.getOrDefault(name, 0);
            requests += l.length;
            failures += failed;
            System.out.printf("%-30s %8d %7d %8.1f %8.1f %8.1f %8.1f%n", name, l.length, failed,
                    percentile(l, 50), percentile(l, 95), percentile(l, 99), l[l.length - 1] / 1e6);
        }
        System.out.printf("%d requests in %.1f s: %.0f requests/s; %d errors; %d articles posted under load, %d of them"
                        + " not listed as analysed afterwards%n", requests, seconds, requests / seconds, failures, posted,
                unlisted);
        errors.first.forEach(e -> System.out.println("error: " + e));
        System.out.printf("load average %.1f at end%n", loadAverage());
        return failures + unlisted == 0 ? 0 : 1;
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** The article with one sentence added, in its language, so that it is a new article with a new id. */
    static String copy(String text, long run, int n) {
        // Not "this article was published again": cleaning removes such lines, and the copy would be the original.
        return text.stripTrailing() + "\n\n" + (english(text) ? "Copy number " + n + " of series " + run + "."
                : "Copie numéro " + n + " de la série " + run + ".") + "\n";
    }

    /** Whether an article file's header says it is in English (the examples are in French otherwise). */
    private static boolean english(String text) {
        return text.lines().takeWhile(l -> !l.isBlank()).anyMatch(l -> l.strip().equals("lang en"));
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String query, String text) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve("api/articles" + query)).timeout(POST_TIMEOUT)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        if (r.statusCode() / 100 != 2) {
            throw new IOException(r.request().uri() + " gave " + r.statusCode() + ": " + abbreviated(r.body()));
        }
        return JSON.readTree(r.body());
    }

    /** The {@code .txt} files of the folders, by name. */
    static List<Posting> postings(List<String> folders) throws IOException {
        List<Posting> postings = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String doc = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    postings.add(new Posting(doc, Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        if (postings.isEmpty()) {
            throw new IllegalArgumentException("no .txt articles in " + folders);
        }
        return postings;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + " …";
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}

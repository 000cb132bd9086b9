package org.factline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.factline.app.ExampleCopies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hundred clients reading every read route at once while articles are posted, as the web UI's users and a feed
 * would: every answer is the one asked for (no error, no mix of two corpora), and every article posted is stored,
 * listed and seen by the corpus views afterwards. How fast is for factline-bench's LoadBenchmark; this says nothing of
 * time, and every loop is bounded in count.
 */
class ServerUnderLoadTest {

    private static final int CLIENTS = 100;
    /** Requests each client sends at least, and at most (it stops between the two once the posting is over). */
    private static final int AT_LEAST = 5;
    private static final int AT_MOST = 30;

    @TempDir
    static Path tmp;

    private static RunningServer api;
    private static final List<ExampleCopies.Example> KURSK = ExampleCopies.of(ExampleCopies.KURSK);

    @BeforeAll
    static void postTheExamples() {
        api = RunningServer.start(tmp.resolve("data"));
        for (ExampleCopies.Example e : KURSK) {
            RunningServer.Reply r = api.post("/api/articles?doc=" + e.name(), "text/plain", e.text());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A request and the status it must get. */
    private record Read(String path, int status) {
    }

    @Test
    void aHundredClientsReadingWhileArticlesArePostedGetNoErrorAndEveryArticleIsStored() throws Exception {
        List<Read> reads = reads();
        Queue<String> wrong = new ConcurrentLinkedQueue<>();
        Map<String, String> posted = new HashMap<>(); // doc → id
        AtomicBoolean posting = new AtomicBoolean(true);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> poster = clients.submit(() -> {
                try {
                    postArticles(posted, wrong);
                } finally {
                    posting.set(false);
                }
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                readers.add(clients.submit(() -> {
                    for (int n = 0; n < AT_MOST && (n < AT_LEAST || posting.get()); n++) {
                        Read read = reads.get((first + n) % reads.size());
                        RunningServer.Reply r = api.get(read.path());
                        if (r.status() != read.status()) {
                            wrong.add(read.path() + " → " + r.status() + ": " + r.body());
                        }
                    }
                }));
            }
            poster.get();
            for (Future<?> reader : readers) {
                reader.get();
            }
        }
        assertThat(wrong).as("answers other than the ones asked for").isEmpty();

        JsonNode listed = api.get("/api/articles?limit=500").json();
        Map<String, Boolean> analysed = new HashMap<>();
        listed.get("items").forEach(a -> analysed.put(a.get("id").asText(), a.get("analysed").asBoolean()));
        assertThat(analysed).as("every article posted is listed").containsKeys(posted.values().toArray(String[]::new));
        assertThat(listed.get("total").asInt()).isEqualTo(KURSK.size() + posted.size());
        posted.forEach((doc, id) -> assertThat(analysed.get(id)).as(doc).isEqualTo(!doc.startsWith("bericht")));
        JsonNode counts = api.get("/api/status").json().get("ingest");
        assertThat(counts.get("stored").asInt()).isEqualTo(KURSK.size() + posted.size());
        assertThat(counts.get("failed").asInt()).isZero();
        // The corpus views were made anew after the last analysed article went in, not left as they were under load.
        JsonNode timeline = api.get("/api/timeline").json();
        List<String> docs = new ArrayList<>();
        timeline.get("articles").forEach(d -> docs.add(d.asText()));
        assertThat(docs).containsAll(posted.keySet().stream().filter(d -> !d.startsWith("bericht")).toList());
    }

    /**
     * Ten articles stored without analysis (German) and two analysed (copies of the examples), one after another, as a
     * feed posts them; each must be new.
     */
    private static void postArticles(Map<String, String> posted, Queue<String> wrong) {
        List<String[]> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            articles.add(new String[] {"bericht-" + i, ServeTest.german("2024-03-" + (10 + i), "Bericht " + i,
                    "Der Bericht Nummer " + i + " nennt die Zahlen des Quartals.")});
            if (i % 5 == 4) {
                ExampleCopies.Example e = KURSK.get(i / 5);
                articles.add(new String[] {e.name() + "-copy", e.copy(i)});
            }
        }
        for (String[] a : articles) {
            RunningServer.Reply r = api.post("/api/articles?doc=" + a[0], "text/plain",
                    a[1].getBytes(StandardCharsets.UTF_8), null);
            if (r.status() == 201) {
                posted.put(a[0], r.json().get("id").asText());
            } else {
                wrong.add("POST " + a[0] + " → " + r.status() + ": " + r.body());
            }
        }
    }

    /** Every read route, some as of a date or filtered, and a few requests that are wrong on purpose. */
    private static List<Read> reads() {
        JsonNode entity = api.get("/api/entities?limit=1").json().get("items").get(0);
        String event = api.get("/api/events?limit=1").json().get("items").get(0).get("id").asText();
        String name = URLEncoder.encode(entity.get("name").asText(), StandardCharsets.UTF_8);
        List<Read> reads = new ArrayList<>();
        for (String path : List.of("/api/status", "/api/articles", "/api/articles/" + KURSK.getFirst().name(),
                "/api/entities", "/api/entities?q=" + name, "/api/entities/" + URLEncoder.encode(entity.get("id").asText(), StandardCharsets.UTF_8),
                "/api/events", "/api/events?about=" + name, "/api/events/" + event, "/api/events?as_of=2025-03-01",
                "/api/claims", "/api/claims?as_of=2025-03-01", "/api/threads", "/api/disagreements",
                "/api/disagreements?as_of=2025-03-01", "/api/timeline", "/api/timeline?about=" + name,
                "/api/search?q=Koursk", "/api/export?format=jsonl", "/api/export?format=geojson")) {
            reads.add(new Read(path, 200));
        }
        reads.add(new Read("/api/events?as_of=yesterday", 400));
        reads.add(new Read("/api/articles/no-such-article", 404));
        reads.add(new Read("/api/export?format=pdf", 400));
        return reads;
    }
}

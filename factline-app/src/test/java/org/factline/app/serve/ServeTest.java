package org.factline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factline serve} as a client meets it, without the language models: the UI's files, the security headers,
 * every kind of error, the token, what a POST may send, and the OpenAPI description. Articles posted here are in
 * German, which Factline stores without analysing.
 */
class ServeTest {

    @TempDir
    static Path tmp;

    private static RunningServer api;

    @BeforeAll
    static void start() {
        api = RunningServer.start(tmp.resolve("data"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** A German article (stored, not analysed) with these header lines and body. */
    static String german(String date, String title, String body) {
        return "date " + date + "\ntitle " + title + "\nlang de\n\n" + body + "\n\nDie Regierung hat am Montag in Berlin"
                + " neue Zahlen vorgelegt. Nach Angaben des Ministeriums stiegen die Ausgaben im vergangenen Jahr deutlich.\n";
    }

    private static void assertSecure(RunningServer.Reply r) {
        assertThat(r.header("Content-Security-Policy")).isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'"
                + " 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
                + " frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    private static void assertError(RunningServer.Reply r, int status, String... words) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode error = r.json().get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).contains(words).doesNotContain("\tat ");
        assertSecure(r);
    }

    @Test
    void theUiAndItsLibrariesAreServedWithTheSecurityHeaders() {
        RunningServer.Reply index = api.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.header("Content-Type")).startsWith("text/html");
        assertThat(index.body()).contains("Factline");
        assertSecure(index);

        RunningServer.Reply leaflet = api.get("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertThat(leaflet.status()).isEqualTo(200);
        assertThat(leaflet.body()).contains("Leaflet");
        assertSecure(leaflet);

        RunningServer.Reply status = api.get("/api/status");
        assertThat(status.status()).isEqualTo(200);
        assertSecure(status);

        RunningServer.Reply missing = api.get("/no-such-page.html");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).doesNotStartWith("application/json");
        assertSecure(missing);
    }

    @Test
    void theStatusSaysWhatTheServerHolds() {
        JsonNode status = api.get("/api/status").json();
        assertThat(status.get("version").asText()).isEqualTo("test");
        assertThat(status.get("store").asText()).contains("H2").contains(tmp.resolve("data").toString());
        assertThat(status.get("articles").isIntegralNumber()).isTrue();
        assertThat(status.get("analysed").asInt()).isZero();
        assertThat(status.get("ingest").properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("received", "stored", "duplicates", "failed");
    }

    @Test
    void everyErrorUnderApiIsOneJsonObjectThatSaysWhatWasWrong() {
        assertError(api.get("/api/nothing"), 404, "/api/nothing");
        assertError(api.get("/api/articles/0123456789abcdef"), 404, "0123456789abcdef");
        assertError(api.get("/api/entities/Q0"), 404, "Q0");
        assertError(api.get("/api/events/999"), 404, "999");
        assertError(api.get("/api/events/first"), 404, "first");
        assertError(api.send("POST", "/api/status"), 405, "POST");
        assertError(api.send("DELETE", "/api/articles"), 405, "DELETE");
        assertError(api.get("/api/articles?limit=0"), 400, "limit", "1 to 500");
        assertError(api.get("/api/articles?limit=501"), 400, "limit");
        assertError(api.get("/api/articles?limit=ten"), 400, "limit", "'ten'");
        assertError(api.get("/api/articles?offset=-1"), 400, "offset");
        assertError(api.get("/api/articles?as_of=yesterday"), 400, "as_of", "'yesterday'");
        assertError(api.get("/api/articles?lang=french"), 400, "lang");
        assertError(api.get("/api/timeline?from=2025-13"), 400, "from");
        assertError(api.get("/api/timeline?type=PARADE"), 400, "type", "PARADE");
        assertError(api.get("/api/events?type=CLAIM"), 400, "type", "CLAIM");
        assertError(api.get("/api/entities?type=PLANET"), 400, "type", "PLANET");
        assertError(api.get("/api/claims?to=2025-02-30"), 400, "to");
        assertError(api.get("/api/disagreements?as_of=2025-1"), 400, "as_of");
        assertError(api.get("/api/search?type=video"), 400, "type", "video");
        assertError(api.get("/api/search?q=x&limit=0"), 400, "limit");
        assertError(api.get("/api/search?from=2025-03&to=2025-01"), 400, "2025-03");
    }

    @Test
    void hostileStringsComeBackAsJsonValuesIntact() {
        String title = "<script>alert('title')</script> & \"quotes\"";
        String body = "Ein Text mit <img src=x onerror=alert(1)> und </p><script>document.cookie</script> darin.";
        RunningServer.Reply posted = api.post("/api/articles?doc=hostile", "text/plain; charset=utf-8",
                german("2025-01-15", title, body));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.body()).doesNotContain("<").doesNotContain(">");
        String id = posted.json().get("id").asText();

        RunningServer.Reply article = api.get("/api/articles/" + id);
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.header("Content-Type")).startsWith("application/json").containsIgnoringCase("charset=utf-8");
        assertThat(article.body()).doesNotContain("<script").doesNotContain("<img");
        JsonNode a = article.json();
        assertThat(a.get("title").asText()).isEqualTo(title);
        assertThat(a.get("text").asText()).contains(body);
        assertThat(a.get("doc").asText()).isEqualTo("hostile");
        assertThat(a.get("lang").asText()).isEqualTo("de");
        assertThat(a.get("analysis").isNull()).isTrue();
        assertThat(a.get("removed")).anySatisfy(r -> assertThat(r.get("reason").asText()).isEqualTo("header"));

        assertError(api.get("/api/articles/%3Cscript%3E"), 404, "<script>");
        assertThat(api.get("/api/articles/%3Cscript%3E").body()).doesNotContain("<script");
    }

    @Test
    void articlesArePostedOnceAndListedNewestFirstInPages() {
        List<String> ids = new ArrayList<>();
        for (String date : List.of("2024-03-01", "2024-05-20", "2024-04-11")) {
            RunningServer.Reply r = api.post("/api/articles?doc=list-" + date, "text/plain",
                    german(date, "Bericht vom " + date, "Der Bericht vom " + date + " nennt die Zahlen des Quartals."));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            JsonNode j = r.json();
            assertThat(j.get("new").asBoolean()).isTrue();
            assertThat(j.get("analysed").asBoolean()).isFalse();
            assertThat(j.get("counts").isNull()).isTrue();
            ids.add(j.get("id").asText());
        }
        RunningServer.Reply again = api.post("/api/articles", "text/plain",
                german("2024-03-01", "Bericht vom 2024-03-01", "Der Bericht vom 2024-03-01 nennt die Zahlen des Quartals."));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("new").asBoolean()).isFalse();
        assertThat(again.json().get("id").asText()).isEqualTo(ids.getFirst());

        JsonNode spring = api.get("/api/articles?as_of=2024-05-19&lang=de&limit=1").json();
        assertThat(spring.get("total").asInt()).isEqualTo(2);
        assertThat(spring.get("limit").asInt()).isEqualTo(1);
        assertThat(spring.get("offset").asInt()).isZero();
        assertThat(spring.get("items")).hasSize(1);
        assertThat(spring.get("items").get(0).get("published").asText()).isEqualTo("2024-04-11");
        JsonNode second = api.get("/api/articles?as_of=2024-05-19&lang=de&limit=1&offset=1").json();
        assertThat(second.get("items").get(0).get("published").asText()).isEqualTo("2024-03-01");
        assertThat(second.get("items").get(0).get("published_basis").asText()).isEqualTo("header");
        assertThat(second.get("items").get(0).get("doc").asText()).isEqualTo("list-2024-03-01");
        assertThat(api.get("/api/articles?as_of=2024-05-19&lang=de&offset=5").json().get("items")).isEmpty();
        assertThat(api.get("/api/articles?lang=fr").json().get("total").asInt()).isZero();
        assertThat(api.get("/api/articles/list-2024-05-20").json().get("id").asText()).isEqualTo(ids.get(1));
    }

    @Test
    void aTokenGuardsWritesButNotReads() {
        try (RunningServer guarded = RunningServer.start(tmp.resolve("guarded"), "s3cret-token", 1000)) {
            byte[] empty = new byte[0];
            RunningServer.Reply none = guarded.post("/api/articles", "text/plain", empty, null);
            assertError(none, 401, "Authorization: Bearer");
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertError(guarded.post("/api/articles", "text/plain", empty, "s3cret-tokeN"), 401, "not this server's");
            assertError(guarded.post("/api/articles", "text/plain", empty, "s3cret"), 401, "not this server's");
            // the right token gets through to reading, which finds no article in an empty body
            assertError(guarded.post("/api/articles", "text/plain", empty, "s3cret-token"), 422, "empty");
            assertThat(guarded.get("/api/status").status()).isEqualTo(200);
            assertThat(guarded.get("/api/articles").status()).isEqualTo(200);
        }
    }

    @Test
    void anAddressOtherMachinesReachNeedsAToken() {
        assertThat(Server.refusal("0.0.0.0", null)).contains("token").contains("FACTLINE_TOKEN");
        assertThat(Server.refusal("0.0.0.0", "t")).isNull();
        assertThat(Server.refusal("127.0.0.1", null)).isNull();
        assertThat(Server.refusal("localhost", null)).isNull();
        assertThat(Server.refusal("::1", null)).isNull();
        assertThatThrownBy(() -> Server.start(null, null, null, new Server.Settings("0.0.0.0", 0, null, 10, "test")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
    }

    @Test
    void aPostMustBeSmallEnoughUtf8AndOfAKnownType() {
        try (RunningServer small = RunningServer.start(tmp.resolve("small"), null, 1000)) {
            String text = german("2024-02-02", "Kurz", "Ein kurzer Text.");
            assertError(small.post("/api/articles", "text/plain", text + "x".repeat(1000)), 413, "1000 bytes");
            assertError(small.post("/api/articles", "application/pdf", text), 415, "application/pdf");
            assertError(small.post("/api/articles", null, text.getBytes(StandardCharsets.UTF_8), null), 415, "Content-Type");
            assertError(small.post("/api/articles", "text/plain; charset=ISO-8859-1", text), 415, "UTF-8");
            byte[] latin1 = "date 2024-02-02\n\nCaf\u00e9 in M\u00fcnchen".getBytes(StandardCharsets.ISO_8859_1);
            assertError(small.post("/api/articles", "text/plain", latin1, null), 400, "UTF-8", "offset 20");
            assertError(small.post("/api/articles", "application/json", "{\"text\": \"unclosed"), 400, "not JSON");
            assertError(small.post("/api/articles", "application/json", "{\"title\": \"no text\"}"), 422, "no article text");
            assertError(small.post("/api/articles", "application/json", "[1, 2]"), 422, "JSON object");
            assertError(small.post("/api/articles", "text/html", "<html><body><nav>Menu</nav></body></html>"), 422, "no article text");
            assertError(small.post("/api/articles?doc=../../etc", "text/plain", text), 400, "doc");

            RunningServer.Reply json = small.post("/api/articles?doc=json", "application/json",
                    "{\n  \"id\": \"de-1\",\n  \"title\": \"Als JSON\",\n  \"lang\": \"de\",\n  \"published\": \"2024-02-03\",\n"
                            + "  \"text\": \"Ein Artikel, der als JSON kommt, eingerückt über mehrere Zeilen.\\n\\nZweiter Absatz.\"\n}");
            assertThat(json.status()).as(json.body()).isEqualTo(201);
            assertThat(json.json().get("title").asText()).isEqualTo("Als JSON");
            RunningServer.Reply html = small.post("/api/articles?doc=page", "text/html; charset=utf-8",
                    "<!doctype html><html lang=de><head><title>Eine Seite</title></head><body><article><h1>Eine Seite</h1>"
                            + "<p>Der Text dieser Seite ist lang genug, um als Artikel zu gelten, und er steht in einem"
                            + " Absatz.</p></article></body></html>");
            assertThat(html.status()).as(html.body()).isEqualTo(201);
            assertThat(html.json().get("doc").asText()).isEqualTo("page");

            JsonNode counts = small.get("/api/status").json().get("ingest");
            assertThat(counts.get("received").asInt()).isEqualTo(12);
            assertThat(counts.get("stored").asInt()).isEqualTo(2);
            assertThat(counts.get("duplicates").asInt()).isZero();
            assertThat(counts.get("failed").asInt()).isEqualTo(10);
        }
    }

    @Test
    void searchBeforeAnyIndexIsEmptyAndSaysSo() {
        try (RunningServer fresh = RunningServer.start(tmp.resolve("fresh"))) {
            RunningServer.Reply r = fresh.get("/api/search?q=Kursk");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("total").asInt()).isZero();
            assertThat(r.json().get("hits")).isEmpty();
            assertThat(r.json().get("message").asText()).contains("no search index");
        }
    }

    @Test
    void aFailureInsideIsA500ThatSaysWhatAndShowsNoStackTrace() {
        RunningServer broken = RunningServer.start(tmp.resolve("broken"));
        try {
            broken.store.close();
            assertError(broken.get("/api/articles"), 500, "closed");
        } finally {
            broken.close();
        }
    }

    @Test
    void theOpenApiDescriptionHasEveryRouteAndNoOther() {
        RunningServer.Reply r = api.get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("info").get("version").asText()).isEqualTo("test");
        Set<String> described = new TreeSet<>();
        doc.get("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            described.add(m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
            assertThat(m.getValue().get("responses")).as(m.getKey() + " " + p.getKey()).isNotEmpty();
        }));
        Set<String> registered = new TreeSet<>(api.server.routes());
        assertThat(registered).contains("GET /api/articles/{id}", "POST /api/articles", "GET /openapi.json");
        assertThat(described).isEqualTo(registered);
        // every reference points at something described
        Set<String> refs = new HashSet<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            JsonNode target = doc.at(ref.substring(1));
            assertThat(target.isMissingNode()).as(ref).isFalse();
        });
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}

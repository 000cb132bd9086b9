package org.factline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factline.app.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over the two example articles, posted to the server once for the class (the first analysis loads the
 * French models): what each route answers, as of a date, and that the corpus views are the commands' own.
 */
class ApiKurskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("../examples/kursk");
    private static final String APRIL = "000_bbddf157615b990c";
    private static final String FEBRUARY = "003_fedd8152fb742624";

    @TempDir
    static Path tmp;

    private static RunningServer api;
    private static final List<JsonNode> posted = new ArrayList<>();
    private static RunningServer.Reply again;

    @BeforeAll
    static void postTheExamples() throws IOException {
        api = RunningServer.start(tmp);
        for (String doc : List.of(APRIL, FEBRUARY)) {
            byte[] text = Files.readAllBytes(EXAMPLES.resolve(doc + ".txt"));
            RunningServer.Reply r = api.post("/api/articles?doc=" + doc, "text/plain; charset=utf-8", text, null);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            posted.add(r.json());
        }
        again = api.post("/api/articles?doc=again", "text/plain", Files.readAllBytes(EXAMPLES.resolve(FEBRUARY + ".txt")), null);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode get(String pathAndQuery) {
        RunningServer.Reply r = api.get(pathAndQuery);
        assertThat(r.status()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    /** What a command prints with {@code --format json} over the server's store. */
    private static JsonNode command(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--data", tmp.toString()));
        Cli cli = Cli.run(all.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        try {
            return JSON.readTree(cli.out());
        } catch (IOException e) {
            throw new AssertionError(cli.out(), e);
        }
    }

    /** A copy without these fields in any object of it. */
    private static JsonNode without(JsonNode node, String... fields) {
        JsonNode copy = node.deepCopy();
        strip(copy, Set.of(fields));
        return copy;
    }

    private static void strip(JsonNode node, Set<String> fields) {
        if (node instanceof ObjectNode o) {
            o.remove(fields);
            o.forEach(n -> strip(n, fields));
        } else if (node instanceof ArrayNode a) {
            a.forEach(n -> strip(n, fields));
        }
    }

    private static boolean side(JsonNode side, String doc, Set<String> sources) {
        return side.get("doc").asText().equals(doc) && sources.contains(side.get("source").asText());
    }

    private static boolean hasDisagreement(JsonNode all, String kind, String docA, Set<String> a, String docB, Set<String> b) {
        for (JsonNode c : all) {
            if (c.get("kind").asText().equals(kind) && (side(c.get("a"), docA, a) && side(c.get("b"), docB, b)
                    || side(c.get("a"), docB, b) && side(c.get("b"), docA, a))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void postedArticlesAreStoredAnalysedAndCountedOnce() {
        for (JsonNode p : posted) {
            assertThat(p.get("new").asBoolean()).isTrue();
            assertThat(p.get("analysed").asBoolean()).isTrue();
            assertThat(p.get("lang").asText()).isEqualTo("fr");
            assertThat(p.get("counts").get("claims").asInt()).isPositive();
            assertThat(p.get("counts").get("events").asInt()).isPositive();
        }
        assertThat(posted).extracting(p -> p.get("doc").asText()).containsExactly(APRIL, FEBRUARY);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("new").asBoolean()).isFalse();
        assertThat(again.json().get("doc").asText()).isEqualTo(FEBRUARY);
        assertThat(again.json().get("id").asText()).isEqualTo(posted.get(1).get("id").asText());

        JsonNode status = get("/api/status");
        assertThat(status.get("articles").asInt()).isEqualTo(2);
        assertThat(status.get("analysed").asInt()).isEqualTo(2);
        JsonNode ingest = status.get("ingest");
        assertThat(ingest.get("received").asInt()).isEqualTo(3);
        assertThat(ingest.get("stored").asInt()).isEqualTo(2);
        assertThat(ingest.get("duplicates").asInt()).isEqualTo(1);
        assertThat(ingest.get("failed").asInt()).isZero();
    }

    @Test
    void theDisagreementsAreTheThreeOfTheExamplesAsTheCommandPrintsThem() {
        JsonNode answer = get("/api/disagreements");
        assertThat(answer).isEqualTo(command("contradictions"));
        JsonNode all = answer.get("contradictions");
        assertThat(hasDisagreement(all, "quantity", FEBRUARY, Set.of("Volodymyr Zelensky"), FEBRUARY,
                Set.of("South Korea", "Seoul", "National Intelligence Service"))).as("3,000 vs about 1,100: " + all).isTrue();
        assertThat(hasDisagreement(all, "status-change", FEBRUARY, Set.of("Ukraine", "Kyiv"), FEBRUARY,
                Set.of("Volodymyr Zelensky"))).as("withdrawn vs fighting again: " + all).isTrue();
        assertThat(hasDisagreement(all, "denial-vs-confirmation", FEBRUARY, Set.of("Russia", "Moscow"), APRIL,
                Set.of("Valery Gerasimov", "Russia"))).as("denial vs Gerasimov's confirmation: " + all).isTrue();
        all.forEach(c -> assertThat(c.get("a").get("says").asText()).isNotBlank());

        JsonNode march = get("/api/disagreements?as_of=2025-03-01").get("contradictions");
        assertThat(march).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("a").get("doc").asText()).isEqualTo(FEBRUARY);
            assertThat(c.get("b").get("doc").asText()).isEqualTo(FEBRUARY);
            assertThat(c.get("kind").asText()).isNotEqualTo("denial-vs-confirmation");
        });
        assertThat(get("/api/disagreements?as_of=2025-03").get("contradictions")).isEqualTo(march);
    }

    @Test
    void theTimelineIsTheCommandsWithEachEventsIdAndPlace() {
        JsonNode timeline = get("/api/timeline");
        assertThat(without(timeline, "event", "location")).isEqualTo(command("timeline"));
        assertThat(timeline.get("articles")).extracting(JsonNode::asText).containsExactly(FEBRUARY, APRIL);
        JsonNode lines = timeline.get("timeline");
        assertThat(lines).anySatisfy(e -> assertThat(e.get("kind").asText()).isEqualTo("claim"));
        assertThat(lines).filteredOn(e -> e.get("kind").asText().equals("event")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("event").isInt()).isTrue();
            assertThat(e.has("location")).isTrue();
        });

        JsonNode attacks = get("/api/timeline?about=Koursk&type=attack").get("timeline");
        assertThat(attacks).isNotEmpty().allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("ATTACK"));
        assertThat(without(get("/api/timeline?about=Koursk&type=attack&from=2025-02&to=2025-04&as_of=2025-05"), "event", "location"))
                .isEqualTo(command("timeline", "--about", "Koursk", "--type", "attack", "--from", "2025-02", "--to", "2025-04",
                        "--as-of", "2025-05"));
        JsonNode march = get("/api/timeline?as_of=2025-03-01");
        assertThat(march.get("as_of").asText()).isEqualTo("2025-03-01");
        assertThat(march.get("articles")).extracting(JsonNode::asText).containsExactly(FEBRUARY);
        assertThat(get("/api/timeline?as_of=2024-12-31").get("timeline")).isEmpty();

        JsonNode atlantis = get("/api/timeline?about=Atlantis");
        assertThat(atlantis.get("timeline")).isEmpty();
        assertThat(atlantis.get("message").asText()).contains("Atlantis");
    }

    @Test
    void eventsComeInTimeOrderWithTheirPlaceActorsReportsAndDisputes() {
        JsonNode all = get("/api/events?limit=500");
        int total = all.get("total").asInt();
        JsonNode events = all.get("items");
        assertThat(events).hasSize(total).isNotEmpty();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("id").isInt()).isTrue();
            assertThat(e.get("label").asText()).startsWith(e.get("type").asText());
            assertThat(e.get("reports")).isNotEmpty().allSatisfy(r -> assertThat(r.has("denied")).isTrue());
            assertThat(e.has("location")).isTrue();
            assertThat(e.get("actors").isArray()).isTrue();
        });
        assertThat(events).anySatisfy(e -> assertThat(e.get("disputed").asBoolean()).isTrue());
        assertThat(events).anySatisfy(e -> assertThat(e.path("location").path("lat").isNumber()).isTrue());
        JsonNode timelineEvents = JSON.createArrayNode();
        get("/api/timeline").get("timeline").forEach(e -> {
            if (e.has("event")) {
                ((ArrayNode) timelineEvents).add(e.get("event"));
            }
        });
        List<Integer> order = new ArrayList<>();
        events.forEach(e -> order.add(e.get("id").asInt()));
        assertThat(order).containsExactlyElementsOf(JSON.convertValue(timelineEvents, List.class));

        JsonNode page = get("/api/events?limit=2&offset=1");
        assertThat(page.get("total").asInt()).isEqualTo(total);
        assertThat(page.get("items")).containsExactly(events.get(1), events.get(2));

        JsonNode one = events.get(0);
        assertThat(get("/api/events/" + one.get("id").asInt())).isEqualTo(one);

        JsonNode withdrawals = get("/api/events?type=withdraw").get("items");
        assertThat(withdrawals).allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("WITHDRAW"));
        JsonNode early = get("/api/events?as_of=2025-03-01&limit=500").get("items");
        assertThat(early).isNotEmpty().allSatisfy(e -> assertThat(e.get("reports"))
                .allSatisfy(r -> assertThat(r.get("doc").asText()).isEqualTo(FEBRUARY)));
        String kursk = get("/api/entities?q=Koursk").get("items").get(0).get("id").asText();
        JsonNode inKursk = get("/api/events?about=Koursk&limit=500").get("items");
        assertThat(inKursk).isNotEmpty().anySatisfy(e -> assertThat(e.get("location").get("id").asText()).isEqualTo(kursk));
        List<Integer> kurskIds = new ArrayList<>();
        inKursk.forEach(e -> kurskIds.add(e.get("id").asInt()));
        List<Integer> kurskLines = new ArrayList<>();
        get("/api/timeline?about=Koursk").get("timeline").forEach(e -> {
            if (e.has("event")) {
                kurskLines.add(e.get("event").asInt());
            }
        });
        assertThat(kurskIds).isEqualTo(kurskLines).hasSizeLessThan(total);
    }

    @Test
    void entitiesAreFoundByAnySpellingMostNamedFirst() {
        JsonNode gerasimov = get("/api/entities?q=Guerassimov").get("items").get(0);
        assertThat(gerasimov.get("name").asText()).isEqualTo("Valery Gerasimov");
        assertThat(gerasimov.get("type").asText()).isEqualTo("PERSON");
        assertThat(gerasimov.get("articles").asInt()).isEqualTo(1);
        assertThat(gerasimov.get("place").isNull()).isTrue();
        JsonNode kursk = get("/api/entities?q=kursk").get("items").get(0);
        assertThat(kursk.get("name").asText()).contains("Kursk");
        assertThat(kursk.get("articles").asInt()).isEqualTo(2);
        assertThat(kursk.get("place").get("lat").asDouble()).isBetween(50.0, 53.0);
        assertThat(kursk.get("place").get("country").asText()).isEqualTo("RU");

        JsonNode all = get("/api/entities?limit=500");
        List<Integer> counts = new ArrayList<>();
        all.get("items").forEach(e -> counts.add(e.get("articles").asInt()));
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
        JsonNode people = get("/api/entities?type=person&limit=3&offset=1");
        assertThat(people.get("items")).hasSizeLessThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("PERSON"));
        assertThat(people.get("offset").asInt()).isEqualTo(1);
        assertThat(get("/api/entities?q=Atlantis").get("total").asInt()).isZero();
        assertThat(get("/api/entities?q=Guerassimov&as_of=2025-03-01").get("total").asInt()).isZero();
    }

    @Test
    void anEntityIsTheCommandsWithItsPlaceAndEventObjects() {
        String id = get("/api/entities?q=Guerassimov").get("items").get(0).get("id").asText();
        JsonNode entity = get("/api/entities/" + id);
        JsonNode cli = command("entity", "Guerassimov");
        assertThat(without(entity, "place", "events")).isEqualTo(without(cli, "events"));
        assertThat(entity.get("claims_by")).isNotEmpty();
        assertThat(entity.get("place").isNull()).isTrue();
        assertThat(entity.get("events")).hasSameSizeAs(cli.get("events"))
                .allSatisfy(e -> assertThat(e.has("id") && e.has("actors") && e.has("disputed")).isTrue());
        assertThat(api.get("/api/entities/" + id + "?as_of=2025-03-01").status()).isEqualTo(404);

        String kursk = get("/api/entities?q=Koursk").get("items").get(0).get("id").asText();
        assertThat(get("/api/entities/" + kursk).get("place").get("lon").isNumber()).isTrue();
    }

    @Test
    void claimsAreTheCommandsWithStanceQuoteAndSpeaker() {
        JsonNode zelensky = get("/api/claims?speaker=Zelensky");
        assertThat(zelensky.get("total").asInt()).isPositive();
        JsonNode items = zelensky.get("items");
        assertThat(items).allSatisfy(c -> {
            assertThat(c.get("speaker").get("name").asText()).isEqualTo("Volodymyr Zelensky");
            assertThat(c.get("quote").asText()).isEqualTo(c.get("reports").get(0).get("says").asText());
            assertThat(c.get("stance").asText()).isEqualTo(c.get("type").asText());
        });
        assertThat(without(items, "stance", "quote", "speaker")).isEqualTo(command("claims", "--speaker", "Zelensky").get("claims"));
        assertThat(get("/api/claims?limit=500").get("total").asInt()).isGreaterThan(zelensky.get("total").asInt());
        assertThat(get("/api/claims?from=2030").get("items")).isEmpty();
        JsonNode nobody = get("/api/claims?speaker=Atlantis");
        assertThat(nobody.get("total").asInt()).isZero();
        assertThat(nobody.get("message").asText()).contains("Atlantis");
    }

    @Test
    void threadsAreTheCommandsAndFilterByEntity() {
        JsonNode threads = get("/api/threads").get("items");
        assertThat(threads).isEqualTo(command("claims", "--threads").get("threads"));
        JsonNode aboutNorthKorea = get("/api/threads?about=Cor%C3%A9e%20du%20Nord").get("items");
        assertThat(aboutNorthKorea.size()).isLessThanOrEqualTo(threads.size());
        assertThat(get("/api/threads?as_of=2024-12-31").get("items")).isEmpty();
    }

    @Test
    void anArticleComesWithItsTextWhatCleaningRemovedAndItsAnalysis() {
        JsonNode a = get("/api/articles/" + APRIL);
        assertThat(a.get("published").asText()).startsWith("2025-04");
        String text = a.get("text").asText();
        JsonNode analysis = a.get("analysis");
        assertThat(analysis.get("doc").asText()).isEqualTo(APRIL);
        assertThat(analysis.get("entities")).isNotEmpty().allSatisfy(e -> e.get("mentions").forEach(m ->
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText())));
        assertThat(analysis.get("claims")).isNotEmpty();
        assertThat(a.get("removed")).isNotEmpty().allSatisfy(r -> assertThat(r.get("reason").asText())
                .isIn("caption", "credit", "byline", "boilerplate", "header"));
        assertThat(get("/api/articles/" + a.get("id").asText().substring(0, 8)).get("doc").asText()).isEqualTo(APRIL);

        JsonNode list = get("/api/articles");
        assertThat(list.get("items")).extracting(i -> i.get("doc").asText()).containsExactly(APRIL, FEBRUARY);
        assertThat(list.get("items").get(0).get("counts").get("entities").asInt()).isPositive();
    }

    @Test
    void searchFindsNamesInAnySpellingAsTheCommandDoes() {
        JsonNode found = get("/api/search?q=Guerassimov&type=claim");
        assertThat(found.get("total").asInt()).isPositive();
        assertThat(found.get("hits")).allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("claim"));
        JsonNode cli = JSON.valueToTree(command("search", "Guerassimov", "--type", "claim"));
        assertThat(without(found, "score")).isEqualTo(without(cli, "score"));
        assertThat(get("/api/search?q=Koursk&as_of=2025-03-01").get("hits"))
                .allSatisfy(h -> assertThat(h.get("doc").asText()).isEqualTo(FEBRUARY));
        assertThat(get("/api/search?q=Koursk&limit=1").get("hits")).hasSize(1);
    }

    @Test
    void exportsAreWhatTheExportCommandWritesAsDownloads() {
        for (String format : List.of("jsonl", "acled-csv", "gdelt-tsv", "jsonld", "geojson")) {
            RunningServer.Reply r = api.get("/api/export?format=" + format);
            assertThat(r.status()).as(format + ": " + r.body()).isEqualTo(200);
            assertThat(r.header("Content-Disposition")).startsWith("attachment; filename=\"factline.");
            Cli cli = Cli.run("export", "--format", format, "--data", tmp.toString());
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            assertThat(r.body()).as(format).isEqualTo(cli.out());
        }
        assertThat(api.get("/api/export?format=acled-csv").header("Content-Type")).startsWith("text/csv");
        assertThat(api.get("/api/export?format=geojson").header("Content-Type")).startsWith("application/geo+json");

        RunningServer.Reply asOf = api.get("/api/export?format=jsonl&as_of=2025-03-01");
        assertThat(asOf.body().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains(FEBRUARY));

        RunningServer.Reply timeml = api.get("/api/export?format=timeml&article=" + APRIL);
        assertThat(timeml.status()).isEqualTo(200);
        assertThat(timeml.header("Content-Type")).startsWith("application/xml");
        assertThat(timeml.body()).contains("<TimeML", "<DCT>", "value=\"2025-04-26\"");
    }

    @Test
    void exportRefusesWhatItCannotWrite() {
        assertThat(error(api.get("/api/export"), 400)).contains("format", "acled-csv");
        assertThat(error(api.get("/api/export?format=xlsx"), 400)).contains("'xlsx'", "geojson");
        assertThat(error(api.get("/api/export?format=timeml"), 400)).contains("article");
        assertThat(error(api.get("/api/export?format=geojson&article=" + APRIL), 400)).contains("whole corpus");
        assertThat(error(api.get("/api/export?format=timeml&article=nosuch"), 404)).contains("nosuch");
        assertThat(error(api.get("/api/export?format=jsonl&as_of=yesterday"), 400)).contains("as_of");
    }

    private static String error(RunningServer.Reply r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        return r.json().get("error").get("message").asText();
    }
}

package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.factline.knowledge.search.DateRange;
import org.factline.knowledge.search.SearchIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factline search} and {@code factline reindex} as a user types them, on the example articles ingested
 * once for the class, and on small articles stored without analysis where analysis does not matter.
 */
class SearchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APRIL = "000_bbddf157615b990c";
    private static final String FEBRUARY = "003_fedd8152fb742624";

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static String kursk;

    @BeforeAll
    static void ingestTheExamples() {
        kursk = shared.resolve("data").toString();
        Cli ingest = Cli.run("ingest", CommandLineTest.EXAMPLES.toString(), "--data", kursk);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("Search index: 2 articles indexed, 0 failed.");
    }

    private static Cli search(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", kursk));
        return Cli.run(all.toArray(String[]::new));
    }

    private static JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--limit", "1000"));
        Cli cli = search(all.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        try {
            return JSON.readTree(cli.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + cli.out(), e);
        }
    }

    private static Stream<JsonNode> hits(JsonNode results) {
        return StreamSupport.stream(results.get("hits").spliterator(), false);
    }

    private static List<String> sortedIds(JsonNode results) {
        return hits(results).map(h -> h.get("id").asText()).sorted().toList();
    }

    @Test
    void a_name_typed_without_its_accents_finds_the_french_article_with_the_match_marked() {
        Cli cli = search("Guerassimov", "--type", "article");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.outLines()).containsExactly(
                "article  2025-04-26  " + APRIL,
                "    Le chef d'état-major de l'armée russe, Valéri [Guérassimov], a annoncé samedi au président Vladimir "
                        + "Poutine que ses hommes avaient repris entièrement le contrôle de la région russe de Koursk aux "
                        + "forces ukrainiennes. Celles-ci avaient pénétré …",
                "1 found.");
        assertThat(search("Gerasimov", "--type", "article").outLines()).as("the English spelling, from the names")
                .first().isEqualTo("article  2025-04-26  " + APRIL);
    }

    @Test
    void claims_are_found_by_a_name_in_another_language_with_their_speakers() {
        Cli text = search("Kursk", "--type", "claim");
        JsonNode found = json("Kursk", "--type", "claim");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.outLines()).last().isEqualTo(found.get("total").asLong() + " found.");
        assertThat(text.outLines()).filteredOn(l -> !l.startsWith(" ")).hasSize(found.get("hits").size() + 1)
                .allMatch(l -> l.startsWith("claim ") || l.endsWith(" found."));
        assertThat(found.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(hits(found)).allSatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("claim"));
        assertThat(hits(found).map(h -> h.get("speaker").asText()))
                .contains("Valery Gerasimov", "Volodymyr Zelensky");
        assertThat(hits(found).map(h -> h.get("doc").asText())).contains(APRIL, FEBRUARY);
    }

    @Test
    void dates_keep_what_may_fall_between_from_and_to() {
        JsonNode april = json("Koursk", "--type", "claim,event", "--from", "2025-04");
        JsonNode february = json("Koursk", "--type", "claim,event", "--from", "2025-02-01", "--to", "2025-02");
        JsonNode all = json("Koursk", "--type", "claim,event");

        assertThat(april.get("total").asLong()).isPositive();
        assertThat(hits(april)).allSatisfy(h -> {
            assertThat(h.get("doc").asText()).isEqualTo(APRIL);
            assertThat(h.get("date").asText()).startsWith("2025-04");
        });
        assertThat(february.get("total").asLong()).isPositive();
        assertThat(hits(february)).allSatisfy(h -> {
            assertThat(h.get("doc").asText()).isEqualTo(FEBRUARY);
            assertThat(h.get("date").asText()).startsWith("2025-02");
        });
        assertThat(sortedIds(all)).containsAll(sortedIds(april)).containsAll(sortedIds(february));
        assertThat(hits(all)).as("undated claims pass no date filter").anySatisfy(h ->
                assertThat(h.get("date").isNull()).isTrue());
    }

    @Test
    void json_has_the_total_and_each_hit_with_its_snippet_and_the_matches_in_it() {
        JsonNode found = json("Toretsk");

        assertThat(found.get("total").asLong()).isEqualTo(found.get("hits").size()).isPositive();
        JsonNode first = found.get("hits").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("kind", "id", "article", "doc", "lang", "date",
                "reported", "title", "speaker", "type", "score", "snippet", "snippet_offset", "highlights");
        assertThat(hits(found)).allSatisfy(h -> {
            assertThat(h.get("doc").asText()).isEqualTo(FEBRUARY);
            assertThat(h.get("reported").asText()).isEqualTo("2025-02-07");
            assertThat(h.get("score").asDouble()).isPositive();
            JsonNode match = h.get("highlights").get(0);
            assertThat(h.get("snippet").asText().substring(match.get("start").asInt(), match.get("end").asInt()))
                    .isEqualTo("Toretsk");
        });
        assertThat(hits(found)).anySatisfy(h -> {
            assertThat(h.get("kind").asText()).isEqualTo("event");
            assertThat(h.get("type").asText()).isEqualTo("CAPTURE_TERRITORY");
        });
    }

    @Test
    void without_words_search_lists_what_passes_the_filters_by_date() {
        JsonNode events = json("--type", "event");
        Cli firstTwo = search("--type", "event", "--limit", "2");

        assertThat(hits(events).map(h -> DateRange.parse(h.get("date").textValue()).map(DateRange::first)
                .orElse(LocalDate.MAX))).as("undated last").isSorted().hasSize((int) events.get("total").asLong());
        assertThat(firstTwo.outLines()).last()
                .isEqualTo(events.get("total").asLong() + " found; the first 2 by date shown (--limit N for more).");
    }

    @Test
    void reindex_makes_the_same_index_from_the_store_and_restores_a_lost_one() throws IOException {
        List<String[]> queries = List.of(new String[] {"Koursk"}, new String[] {"Guerassimov"},
                new String[] {"Zelensky", "--type", "claim"}, new String[] {"--type", "event", "--to", "2025-02"},
                new String[] {"\"soldats nord-coréens\""});
        List<JsonNode> before = queries.stream().map(SearchCommandTest::json).toList();
        long documents = json().get("total").asLong();

        Cli reindex = Cli.run("reindex", "--data", kursk);

        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.out()).matches("Indexed 2 articles \\(2 analysed, with their claims and events\\) as "
                + documents + " documents in \\d+\\.\\d s, 0 failed\\. Search index in .*index\\.\\R");
        for (int i = 0; i < queries.size(); i++) {
            JsonNode after = json(queries.get(i));
            assertThat(after.get("total")).as(String.join(" ", queries.get(i))).isEqualTo(before.get(i).get("total"));
            assertThat(sortedIds(after)).as(String.join(" ", queries.get(i))).isEqualTo(sortedIds(before.get(i)));
        }

        deleteRecursively(SearchIndex.folderIn(Path.of(kursk)));
        assertThat(search("Koursk").exitCode()).isEqualTo(1);
        assertThat(Cli.run("reindex", "--data", kursk, "--no-progress").exitCode()).isZero();
        assertThat(sortedIds(json("Koursk"))).isEqualTo(sortedIds(before.get(0)));
    }

    @Test
    void a_query_or_an_option_that_makes_no_search_is_a_one_line_usage_error() {
        List<List<String>> bad = List.of(
                List.of("a".repeat(5000)),
                List.of("(("),
                List.of("K* S* G* Z* O* B* R* T* P*"),
                List.of("Koursk", "--from", "2025-13"),
                List.of("Koursk", "--to", "yesterday"),
                List.of("Koursk", "--from", "2025-03", "--to", "2025-02"),
                List.of("Koursk", "--limit", "0"),
                List.of("Koursk", "--limit", "5000"),
                List.of("Koursk", "--type", "tweet"),
                List.of("Koursk", "--lang", "français"),
                List.of("Koursk", "--format", "xml"));
        for (List<String> args : bad) {
            Cli cli = search(args.toArray(String[]::new));
            assertThat(cli.exitCode()).as(args.toString()).isEqualTo(2);
            assertThat(cli.out()).as(args.toString()).isEmpty();
            assertThat(cli.err().lines()).as(args.toString()).singleElement().asString()
                    .startsWith("factline search: ").endsWith("(see factline search --help)")
                    .hasSizeLessThan(300);
        }
        assertThat(search("a".repeat(5000)).err()).contains("5000 characters long; at most 1000");
        assertThat(search("((").err()).contains("Nothing to search for");
        assertThat(search("Koursk", "--from", "2025-13").err()).contains("--from wants a date as YYYY, YYYY-MM or "
                + "YYYY-MM-DD, not '2025-13'");
    }

    @Test
    void query_syntax_a_user_did_not_mean_is_searched_as_words() {
        // Lucene's simple syntax never fails: a stray quotation mark or a field prefix is read as words.
        for (String[] same : List.of(new String[] {"\"Guerassimov", "Guerassimov"},
                new String[] {"Toretsk\"", "Toretsk"}, new String[] {"Koursk AND", "Koursk"})) {
            Cli cli = search(same[0]);
            assertThat(cli.exitCode()).as(same[0]).isZero();
            assertThat(sortedIds(json(same[0]))).as(same[0]).isEqualTo(sortedIds(json(same[1]))).isNotEmpty();
        }
        for (String fieldQuery : List.of("title:", "title:Toretsk")) {
            Cli cli = search(fieldQuery);
            assertThat(cli.exitCode()).as(fieldQuery).isZero();
            assertThat(cli.outLines()).as("no document has the word 'title'").last().isEqualTo("Nothing found.");
        }
    }

    @Test
    void search_without_an_index_says_how_to_make_one_and_creates_nothing() {
        Path empty = tmp.resolve("nothing-here");

        Cli cli = Cli.run("search", "Koursk", "--data", empty.toString());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("factline: there is no search index in " + empty.resolve("index").toAbsolutePath()
                + " yet: run factline ingest PATH… to store and index articles, or factline reindex to index those "
                + "already stored" + System.lineSeparator());
        assertThat(empty).doesNotExist();
    }

    @Test
    void what_an_article_holds_never_reaches_the_terminal_as_control_characters() throws IOException {
        Path in = Files.writeString(tmp.resolve("hostile.jsonl"), JSON.writeValueAsString(java.util.Map.of(
                "id", "ctl-1", "lang", "fr", "title", "Titre \u001b[31mrouge",
                "text", "Le port de Ziguinchor \u001b[2J\u001b]0;pwned\u0007 a rouvert \u202eesrever\u202c samedi. "
                        + "Suite\u0085 du texte.")) + "\n");
        String data = tmp.resolve("data").toString();
        assertThat(Cli.run("ingest", in.toString(), "--data", data, "--no-analyse").exitCode()).isZero();

        Cli cli = Cli.run("search", "Ziguinchor", "--data", data);

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("[Ziguinchor]").contains("esrever samedi")
                .doesNotContain("\u001b", "\u0007", "\u0085", "\u202e", "\u202c");
        assertThat(cli.out().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r')).isEmpty();
        Cli json = Cli.run("search", "Ziguinchor", "--data", data, "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).as("JSON escapes them").doesNotContain("\u001b", "\u0007", "\u0085");
        assertThat(JSON.readTree(json.out()).at("/hits/0/snippet").asText()).contains("Ziguinchor");
    }

    @Test
    void ingest_goes_on_when_another_command_holds_the_index_and_reindex_catches_up() throws IOException {
        String data = tmp.resolve("data").toString();
        Path first = Files.writeString(tmp.resolve("first.txt"), "lang fr\nLe port de Ziguinchor a rouvert samedi.");
        Path second = Files.writeString(tmp.resolve("second.txt"), "lang fr\nLe barrage d'Azilal a cédé dimanche.");
        assertThat(Cli.run("ingest", first.toString(), "--data", data, "--no-analyse").exitCode()).isZero();

        Cli blocked;
        try (SearchIndex other = SearchIndex.open(SearchIndex.folderIn(Path.of(data)))) {
            blocked = Cli.run("ingest", second.toString(), "--data", data, "--no-analyse");
            assertThat(Cli.run("search", "Ziguinchor", "--data", data).exitCode()).as("reading needs no lock")
                    .isZero();
        }

        assertThat(blocked.exitCode()).isEqualTo(1);
        assertThat(blocked.out()).contains("1 new").contains("Search index: not updated; factline reindex makes it");
        assertThat(blocked.err()).contains("not indexed: Cannot open the search index in")
                .contains("another factline command is using it");
        assertThat(Cli.run("articles", "--data", data).out()).contains("2 articles");
        assertThat(Cli.run("search", "Azilal", "--data", data).outLines()).last().isEqualTo("Nothing found.");

        assertThat(Cli.run("reindex", "--data", data).out()).startsWith("Indexed 2 articles (0 analysed");
        assertThat(Cli.run("search", "Azilal", "--data", data).outLines()).last().isEqualTo("1 found.");
    }

    @Test
    void an_index_made_after_articles_were_stored_says_what_it_misses() throws IOException {
        String data = tmp.resolve("data").toString();
        Path first = Files.writeString(tmp.resolve("first.txt"), "lang fr\nLe port de Ziguinchor a rouvert samedi.");
        Path second = Files.writeString(tmp.resolve("second.txt"), "lang fr\nLe barrage d'Azilal a cédé dimanche.");
        assertThat(Cli.run("ingest", first.toString(), "--data", data, "--no-analyse").exitCode()).isZero();
        deleteRecursively(SearchIndex.folderIn(Path.of(data)));

        Cli cli = Cli.run("ingest", second.toString(), "--data", data, "--no-analyse");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Search index: 1 article indexed, 0 failed. It was new, and misses the 1 "
                + "article stored before: run factline reindex.");
    }

    @Test
    void search_and_reindex_have_help_with_examples() {
        for (String command : List.of("search", "reindex")) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).as(command).contains("Usage: factline " + command).contains("Examples:")
                    .contains("--index=DIR");
        }
        assertThat(Cli.run("--help").out()).contains("search").contains("reindex");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

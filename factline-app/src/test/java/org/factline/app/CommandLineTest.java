package org.factline.app;

import org.factline.app.views.ExtractJson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.factline.extract.ExtractorVersion;
import org.factline.knowledge.store.AnalysisSummary;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.StoreConfig;
import org.factline.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factline command as a user types it, on the example articles and on bad inputs. */
class CommandLineTest {

    static final Path EXAMPLES = Path.of("../examples/kursk");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void extract_prints_both_example_articles_in_french_with_their_inferred_dates() throws Exception {
        Cli cli = Cli.run("extract", EXAMPLES.toString(), "--format", "jsonl");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<JsonNode> lines = cli.outLines().stream().map(CommandLineTest::json).toList();
        assertThat(lines).extracting(l -> l.get("doc").asText())
                .containsExactly("000_bbddf157615b990c", "003_fedd8152fb742624");
        assertThat(lines).allSatisfy(l -> assertThat(l.get("lang").asText()).isEqualTo("fr"));
        assertThat(lines.get(0).get("published").asText()).isIn("2025-04-26", "2025-04-27");
        assertThat(lines.get(1).get("published").asText()).isIn("2025-02-07", "2025-02-08");
        assertThat(lines.get(1).get("published_basis").asText()).isEqualTo("inferred");
        assertThat(lines.get(0).get("outlet").asText()).isEqualTo("Keystone-SDA ATS");
        for (String field : List.of("doc", "lang", "published", "published_basis", "title", "outlet", "url")) {
            assertThat(lines.get(0).has(field)).as(field).isTrue();
        }
    }

    @Test
    void ingest_stores_the_examples_once_and_articles_and_show_read_them_back() {
        Cli first = Cli.run("ingest", EXAMPLES.toString(), "--data", data());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Read 2 articles: 2 new, 0 duplicates, 0 failed");

        Cli again = Cli.run("ingest", EXAMPLES.toString(), "--data", data());
        assertThat(again.out()).contains("2 duplicates");

        Cli list = Cli.run("articles", "--data", data());
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("2025-02-07 (inferred)").contains("2 articles");

        Cli show = Cli.run("show", "003_fedd8152fb742624", "--data", data(), "--removed");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Volodymyr Zelensky a affirmé vendredi 7 février")
                .contains("[boilerplate] Source");
        Cli show000 = Cli.run("show", "000_bbddf157615b990c", "--data", data());
        assertThat(show000.out()).doesNotContain("KEYSTONE").doesNotContain(" date 2025-04").contains("Novo-Ogaryovo")
                .contains("Le chef d'état-major de l'armée russe");

        assertThat(Cli.run("show", "nonexistent", "--data", data()).exitCode()).isEqualTo(1);
    }

    @Test
    void ingest_analyses_each_article_once_reanalyses_on_demand_and_stores_what_extract_prints() throws Exception {
        Cli first = Cli.run("ingest", EXAMPLES.toString(), "--data", data());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Read 2 articles: 2 new")
                .contains("Analysis: 2 analysed, 0 up to date, 0 in a language Factline cannot analyse, 0 failed.")
                .contains("Extractor: " + ExtractorVersion.current());
        List<AnalysisSummary> analysed = analysed();
        assertThat(analysed).extracting(AnalysisSummary::extractor).containsOnly(ExtractorVersion.current());

        Cli again = Cli.run("ingest", EXAMPLES.toString(), "--data", data());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("2 duplicates").contains("Analysis: 0 analysed, 2 up to date");
        assertThat(analysed()).as("nothing rewritten").isEqualTo(analysed);

        Cli forced = Cli.run("ingest", EXAMPLES.toString(), "--data", data(), "--reanalyse");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Analysis: 2 analysed, 0 up to date");
        List<AnalysisSummary> reanalysed = analysed();
        for (int i = 0; i < analysed.size(); i++) {
            assertThat(reanalysed.get(i).analysedAt()).isAfter(analysed.get(i).analysedAt());
            assertThat(reanalysed.get(i)).usingRecursiveComparison().ignoringFields("analysedAt")
                    .isEqualTo(analysed.get(i));
        }

        Cli extract = Cli.run("extract", EXAMPLES.toString(), "--format", "jsonl");
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(Path.of(data())))) {
            for (String line : extract.outLines()) {
                JsonNode printed = json(line);
                Analysis stored = store.analysis(printed.get("id").asText()).orElseThrow();
                JsonNode fromStore = json(ExtractJson.line(stored));
                String doc = printed.get("doc").asText();
                assertThat(printed.get("claims")).as(doc + " has claims").isNotEmpty();
                assertThat(printed.get("events")).as(doc + " has events").isNotEmpty();
                for (String layer : List.of("claims", "events")) {
                    for (int i = 0; i < printed.get(layer).size(); i++) {
                        JsonNode p = printed.get(layer).get(i);
                        JsonNode s = fromStore.get(layer).get(i);
                        for (String field : List.of("start", "end", "date", "confidence", "evidence")) {
                            assertThat(s.get(field)).as(doc + " " + layer + " " + i + " " + field).isEqualTo(p.get(field));
                        }
                    }
                }
                for (int i = 0; i < printed.get("claims").size(); i++) {
                    assertThat(fromStore.at("/claims/" + i + "/speaker")).isEqualTo(printed.at("/claims/" + i + "/speaker"));
                    assertThat(fromStore.at("/claims/" + i + "/quote")).isEqualTo(printed.at("/claims/" + i + "/quote"));
                }
                for (int i = 0; i < printed.get("events").size(); i++) {
                    for (String field : List.of("type", "trigger", "asserted_by", "actors", "location")) {
                        assertThat(fromStore.at("/events/" + i + "/" + field)).as(doc + " event " + i + " " + field)
                                .isEqualTo(printed.at("/events/" + i + "/" + field));
                    }
                }
                assertThat(fromStore).as("%s: everything extract prints, read back from the store", doc)
                        .isEqualTo(printed);
            }
        }
    }

    private List<AnalysisSummary> analysed() {
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(Path.of(data())))) {
            return store.analysedArticles();
        }
    }

    @Test
    void run_ingests_and_summarises_what_is_known() {
        Cli run = Cli.run("run", EXAMPLES.toString(), "--data", data());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Read 2 articles").contains("Articles").contains("2025-02-07 (inferred)")
                .contains("Vladimir Putin").contains("Kursk Oblast")
                .contains("Volodymyr Zelensky a affirmé")
                .contains("Analysis: 2 analysed")
                .containsPattern("found \\d+ entities \\(\\d+ mentions\\), \\d+ time expressions, [1-9]\\d* claims, [1-9]\\d* events");

        Cli again = Cli.run("run", EXAMPLES.toString(), "--data", data());
        assertThat(again.out()).as("the second run prints what the first stored").contains("2 up to date")
                .contains("Vladimir Putin").contains("Kursk Oblast");
    }

    @Test
    void a_batch_of_bad_inputs_names_each_failure_and_stores_every_good_article() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "date 2025-03-01\nLe gouvernement a annoncé samedi un accord de paix.");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {1, 2, 0, 4, 5, 6, 7, 8, 9});
        Files.write(in.resolve("latin1.txt"), "Séoul a indiqué mardi que les négociations continuaient."
                .getBytes(Charset.forName("ISO-8859-1")));
        Files.writeString(in.resolve("big.txt"), "Un texte très long. ".repeat(200));
        Files.writeString(in.resolve("lines.jsonl"), """
                {"id": "ok-line", "text": "Kyiv said on Friday that talks would resume."}
                {"id": "broken", "text": 
                """);
        Files.write(in.resolve("cut.warc.gz"), truncatedGzip());
        Files.writeString(in.resolve("empty.html"), "<html><head><title>x</title></head><body><nav>Menu</nav></body></html>");
        Files.writeString(in.resolve("feed.rss"), "this is not a feed");
        Files.writeString(in.resolve("report.pdf"), "%PDF-1.7 binary stuff");

        // Reading is what is tested here; --no-analyse spares loading the English models beside the French.
        Cli cli = Cli.run("ingest", in.toString(), in.resolve("report.pdf").toString(),
                "--max-article-size", "2000", "--data", data(), "--no-analyse");
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err())
                .contains("empty.txt: empty input")
                .contains("binary.txt: binary data")
                .contains("big.txt: article").contains("size limit of 2000 bytes")
                .contains("lines.jsonl:2: malformed JSON")
                .contains("cut.warc.gz")
                .contains("empty.html")
                .contains("feed.rss")
                .contains("report.pdf: unsupported format: PDF document")
                .contains("latin1.txt: not valid UTF-8");
        assertThat(cli.out()).contains("3 new");
        assertThat(Cli.run("articles", "--data", data()).out())
                .contains("3 articles");
        assertThat(Cli.run("show", "ok-line", "--data", data()).out()).contains("Kyiv said on Friday");
    }

    @Test
    void usage_errors_exit_with_2_and_every_command_has_help_with_examples() {
        assertThat(Cli.run("ingest").exitCode()).isEqualTo(2);
        assertThat(Cli.run("ingest", "--no-such-option", "x").exitCode()).isEqualTo(2);
        assertThat(Cli.run().exitCode()).isEqualTo(2);
        Cli contradiction = Cli.run("ingest", "--no-analyse", "--reanalyse", "x");
        assertThat(contradiction.exitCode()).isEqualTo(2);
        assertThat(contradiction.err()).contains("--no-analyse and --reanalyse contradict each other");
        for (String command : List.of("run", "ingest", "articles", "show", "extract")) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).as(command).contains("Usage: factline " + command).contains("Examples:");
        }
        assertThat(Cli.run("--help").out()).contains("Examples:");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static byte[] truncatedGzip() throws Exception {
        String record = "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:0b7c3e3e-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2025-02-07T10:00:00Z\r\nContent-Length: 2000\r\n\r\n" + "x".repeat(2000) + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(record.getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = out.toByteArray();
        return java.util.Arrays.copyOf(all, all.length - 10);
    }
}

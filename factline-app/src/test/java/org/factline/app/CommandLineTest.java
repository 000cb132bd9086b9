package org.factline.app;

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
    void run_ingests_and_summarises_what_is_known() {
        Cli run = Cli.run("run", EXAMPLES.toString(), "--data", data());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Read 2 articles").contains("Articles").contains("2025-02-07 (inferred)")
                .contains("Vladimir Putin").contains("Kursk Oblast")
                .contains("Volodymyr Zelensky a affirmé");
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

        Cli cli = Cli.run("ingest", in.toString(), in.resolve("report.pdf").toString(),
                "--max-article-size", "2000", "--data", data());
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

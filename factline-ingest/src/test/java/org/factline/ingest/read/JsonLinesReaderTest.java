package org.factline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.factline.model.PublicationDate;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static final String GOOD = """
            {"id": "a1", "url": "https://example.org/a1", "title": "Kyiv says", "text": "Kyiv said on Friday.", "published": "2025-02-07", "lang": "en", "outlet": "Example"}
            {"id": "a2", "text": "Séoul a indiqué mardi."}
            """;

    private RecordingSink read(String name, byte[] bytes, long limit) throws Exception {
        RecordingSink sink = new RecordingSink();
        new JsonLinesReader().read(InputSource.of(name, bytes), new ReadLimits(limit), sink);
        return sink;
    }

    @Test
    void each_line_is_an_article_with_its_fields() throws Exception {
        RecordingSink sink = read("news.jsonl", GOOD.getBytes(StandardCharsets.UTF_8), 10_000);
        assertThat(sink.failures).isEmpty();
        RawArticle a1 = sink.articles.getFirst();
        assertThat(a1.doc()).isEqualTo("a1");
        assertThat(a1.sourceId()).isEqualTo("a1");
        assertThat(a1.title()).isEqualTo("Kyiv says");
        assertThat(a1.url()).isEqualTo("https://example.org/a1");
        assertThat(a1.published()).isEqualTo("2025-02-07");
        assertThat(a1.publishedBasis()).isEqualTo(PublicationDate.Basis.METADATA);
        assertThat(a1.lang()).isEqualTo("en");
        assertThat(a1.outlet()).isEqualTo("Example");
        assertThat(a1.source().location()).isEqualTo("news.jsonl:1");
        assertThat(sink.articles.get(1).body()).isEqualTo("Séoul a indiqué mardi.");
    }

    @Test
    void a_malformed_line_is_reported_as_file_and_line_while_the_others_go_in() throws Exception {
        String jsonl = """
                {"id": "ok1", "text": "First."}
                {"id": "broken", "text": "no closing brace"

                [1, 2, 3]
                {"id": "notext", "title": "Only a title"}
                {"id": "ok2", "text": "Last."}
                """;
        RecordingSink sink = read("mixed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), 10_000);
        assertThat(sink.articles).extracting(RawArticle::doc).containsExactly("ok1", "ok2");
        assertThat(sink.failures).extracting(RecordingSink.Failure::location).containsExactly("mixed.jsonl:2", "mixed.jsonl:4", "mixed.jsonl:5");
        assertThat(sink.failures.get(0).reason()).startsWith("malformed JSON");
        assertThat(sink.failures.get(1).reason()).contains("expected a JSON object");
        assertThat(sink.failures.get(2).reason()).contains("no article text");
    }

    @Test
    void a_line_over_the_size_limit_is_refused_by_name_and_the_next_is_read() throws Exception {
        String big = "{\"id\": \"big\", \"text\": \"" + "x".repeat(500) + "\"}";
        RecordingSink sink = read("big.jsonl", (big + "\n{\"text\": \"small\"}\n").getBytes(StandardCharsets.UTF_8), 200);
        assertThat(sink.failures).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("big.jsonl:1");
            assertThat(f.reason()).contains("size limit of 200 bytes");
        });
        assertThat(sink.articles).extracting(RawArticle::doc).containsExactly("big-2");
    }

    @Test
    void gzip_is_read_and_a_truncated_gzip_keeps_what_came_before_and_names_the_line() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            many.append("{\"id\": \"n").append(i).append("\", \"text\": \"Article number ").append(i).append(" with some words.\"}\n");
        }
        byte[] gz = gzip(many.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read("dump.jsonl.gz", gz, 10_000).articles).hasSize(2000);

        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
        RecordingSink sink = new RecordingSink();
        assertThatThrownBy(() -> new JsonLinesReader().read(InputSource.of("cut.jsonl.gz", cut), ReadLimits.defaults(), sink))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("cut.jsonl.gz:")
                .hasMessageContaining("truncated or corrupt gzip");
        assertThat(sink.articles).isNotEmpty().hasSizeLessThan(2000);
    }

    @Test
    void a_line_in_latin1_is_converted_with_a_warning() throws Exception {
        byte[] line = "{\"text\": \"Séoul a indiqué.\"}\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-1"));
        RecordingSink sink = read("latin1.jsonl", line, 10_000);
        assertThat(sink.articles.getFirst().body()).isEqualTo("Séoul a indiqué.");
        assertThat(sink.articles.getFirst().warnings()).anyMatch(w -> w.contains("Windows-1252"));
    }

    static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}

package org.factline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatTest {

    private static Format of(String name, String content) throws Exception {
        return Format.of(InputSource.of(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_content_tells_the_format_when_it_is_unmistakable() throws Exception {
        assertThat(of("x.txt", "WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Format.WARC);
        assertThat(of("x.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>")).isEqualTo(Format.FEED);
        assertThat(of("feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(Format.FEED);
        assertThat(of("page", "<!DOCTYPE html><html><body><p>Hi</p>")).isEqualTo(Format.HTML);
        assertThat(of("page.txt", "\uFEFF<!-- saved --><html lang=fr>")).isEqualTo(Format.HTML);
    }

    @Test
    void otherwise_the_extension_tells_and_then_the_look_of_the_content() throws Exception {
        assertThat(of("news.jsonl", "{\"text\": \"a\"}")).isEqualTo(Format.JSONL);
        assertThat(of("news", "{\"text\": \"a\"}")).isEqualTo(Format.JSONL);
        assertThat(of("a.txt", "{not json but a text file that starts with a brace}")).isEqualTo(Format.TEXT);
        assertThat(of("article", "date 2025-04-26\nLe texte.")).isEqualTo(Format.TEXT);
        assertThat(of("broken.rss", "this is not xml")).isEqualTo(Format.FEED);
    }

    @Test
    void gzip_content_is_looked_into() throws Exception {
        byte[] gz = JsonLinesReaderTest.gzip("{\"text\": \"a\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Format.of(InputSource.of("dump.jsonl.gz", gz))).isEqualTo(Format.JSONL);
        byte[] warc = JsonLinesReaderTest.gzip("WARC/1.0\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Format.of(InputSource.of("crawl.bin", warc))).isEqualTo(Format.WARC);
    }

    @Test
    void unknown_and_binary_formats_are_refused_with_what_they_look_like() {
        assertThatThrownBy(() -> of("report.pdf", "%PDF-1.7\n%âãÏÓ"))
                .isInstanceOf(BadInputException.class).hasMessage("report.pdf: unsupported format: PDF document (extract its text first)");
        assertThatThrownBy(() -> Format.of(InputSource.of("a.docx", new byte[] {'P', 'K', 3, 4, 20, 0})))
                .hasMessageContaining("a.docx").hasMessageContaining("ZIP archive");
        assertThatThrownBy(() -> Format.of(InputSource.of("blob.dat", new byte[] {1, 2, 3, 0, 5, 6})))
                .hasMessageContaining("blob.dat").hasMessageContaining("binary data");
        assertThatThrownBy(() -> Format.of(InputSource.of("empty.txt", new byte[0])))
                .hasMessage("empty.txt: empty input: no text to read");
    }
}

package org.factline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.factline.model.PublicationDate;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcReaderTest {

    static final UUID KURSK_ID = UUID.fromString("0f5e8a52-51d4-4c4e-9a8a-2d1c3f7a0001");
    static final UUID SEOUL_ID = UUID.fromString("0f5e8a52-51d4-4c4e-9a8a-2d1c3f7a0002");
    static final Instant CAPTURED = Instant.parse("2025-04-27T08:15:00Z");

    /** An archive as a crawler writes it, and the offset of each of its records. */
    record Archive(byte[] bytes, List<Long> offsets) {
    }

    static Archive archive(WarcCompression compression, WarcRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord record : records) {
                offsets.add(writer.position());
                writer.write(record);
            }
        }
        return new Archive(out.toByteArray(), offsets);
    }

    static WarcResponse response(String url, UUID id, byte[] http) {
        return new WarcResponse.Builder(url).recordId(id).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    static byte[] http(String statusLine, String headers, byte[] payload) {
        byte[] head = (statusLine + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] message = Arrays.copyOf(head, head.length + payload.length);
        System.arraycopy(payload, 0, message, head.length, payload.length);
        return message;
    }

    static byte[] htmlResponse(String html) {
        byte[] payload = html.getBytes(StandardCharsets.UTF_8);
        return http("HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + payload.length
                + "\r\n", payload);
    }

    /** A page sent gzip-compressed in two chunks, as servers stream them. */
    static byte[] gzippedChunkedResponse(String html) throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(html.getBytes(StandardCharsets.UTF_8));
        }
        byte[] compressed = gzipped.toByteArray();
        int half = compressed.length / 2;
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(compressed, 0, half);
        chunked.write(("\r\n" + Integer.toHexString(compressed.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(compressed, half, compressed.length - half);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return http("HTTP/1.1 200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Encoding: gzip\r\n", chunked.toByteArray());
    }

    static final String SEOUL_PAGE = """
            <html lang="ko-KR"><head><title>Seoul counts losses</title></head><body><article>
            <p>Seoul estimates that about 1,100 North Korean soldiers were killed or wounded.</p>
            </article></body></html>""";

    static WarcRecord[] crawl() throws IOException {
        return new WarcRecord[] {
            new Warcinfo.Builder().fields(Map.of("software", List.of("factline-test"))).build(),
            new WarcRequest.Builder("https://www.letemps.ch/monde/russie-koursk").date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/monde/russie-koursk").addHeader("Host", "www.letemps.ch").build())
                    .build(),
            response("https://www.letemps.ch/monde/russie-koursk", KURSK_ID, htmlResponse(HtmlExtractorTest.NEWS_PAGE)),
            response("https://www.letemps.ch/missing", UUID.randomUUID(), http("HTTP/1.1 404 Not Found",
                    "Content-Type: text/html\r\n", "<html><body><p>Page introuvable, désolé pour ce contretemps.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8))),
            response("https://www.letemps.ch/img/guerassimov.png", UUID.randomUUID(), http("HTTP/1.1 200 OK",
                    "Content-Type: image/png\r\n", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})),
            response("https://news.example/seoul", SEOUL_ID, gzippedChunkedResponse(SEOUL_PAGE)),
        };
    }

    private static RecordingSink read(String name, byte[] bytes, ReadLimits limits) throws Exception {
        RecordingSink sink = new RecordingSink();
        new WarcReader().read(InputSource.of(name, bytes), limits, sink);
        return sink;
    }

    @Test
    void only_html_pages_fetched_with_status_200_become_articles_in_a_plain_warc() throws Exception {
        Archive archive = archive(WarcCompression.NONE, crawl());
        checkCrawl("crawl.warc", archive, read("crawl.warc", archive.bytes(), ReadLimits.defaults()));
    }

    @Test
    void only_html_pages_fetched_with_status_200_become_articles_in_a_gzipped_warc() throws Exception {
        Archive archive = archive(WarcCompression.GZIP, crawl());
        checkCrawl("crawl.warc.gz", archive, read("crawl.warc.gz", archive.bytes(), ReadLimits.defaults()));
    }

    @Test
    void a_record_whose_headers_cannot_be_parsed_is_a_failure_and_the_records_after_it_are_read() throws Exception {
        Archive archive = archive(WarcCompression.NONE,
                response("https://news.example/seoul", SEOUL_ID, gzippedChunkedResponse(SEOUL_PAGE)));
        byte[] mangled = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
                + "WARC-Date: 2025-04-27T08:15:00Z\r\nContent-Type: applicatio-Type: application/http\r\n"
                + "Content-Length: 4\r\n\r\nGET \r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = Arrays.copyOf(mangled, mangled.length + archive.bytes().length);
        System.arraycopy(archive.bytes(), 0, both, mangled.length, archive.bytes().length);

        RecordingSink sink = read("crawl.warc", both, ReadLimits.defaults());

        assertThat(sink.failures).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo("crawl.warc@0");
            assertThat(f.reason()).startsWith("unreadable WARC record: ").contains("applicatio-Type");
        });
        assertThat(sink.articles).extracting(RawArticle::url).containsExactly("https://news.example/seoul");
    }

    private static void checkCrawl(String name, Archive archive, RecordingSink sink) {
        assertThat(sink.failures).isEmpty();
        assertThat(sink.articles).hasSize(2);

        RawArticle kursk = sink.articles.get(0);
        assertThat(kursk.doc()).isEqualTo(KURSK_ID.toString());
        assertThat(kursk.url()).isEqualTo("https://www.letemps.ch/monde/russie-koursk");
        assertThat(kursk.published()).isEqualTo("2025-04-26T18:42:00+02:00");
        assertThat(kursk.publishedBasis()).isEqualTo(PublicationDate.Basis.METADATA);
        assertThat(kursk.title()).isEqualTo("La Russie affirme avoir repris toute la région de Koursk");
        assertThat(kursk.body()).startsWith("Le chef d'état-major").endsWith("à cette annonce.");
        assertThat(kursk.source().location()).isEqualTo(name + "@" + archive.offsets().get(2));
        assertThat(kursk.source().format()).isEqualTo("warc");

        RawArticle seoul = sink.articles.get(1);
        assertThat(seoul.doc()).isEqualTo(SEOUL_ID.toString());
        assertThat(seoul.url()).isEqualTo("https://news.example/seoul");
        assertThat(seoul.body()).isEqualTo("Seoul estimates that about 1,100 North Korean soldiers were killed or wounded.");
        assertThat(seoul.published()).as("the capture date when the page has none").isEqualTo("2025-04-27T08:15:00Z");
        assertThat(seoul.publishedBasis()).isEqualTo(PublicationDate.Basis.METADATA);
        assertThat(seoul.lang()).isEqualTo("ko");
        assertThat(seoul.source().location()).isEqualTo(name + "@" + archive.offsets().get(5));
    }

    @Test
    void a_warc_gz_cut_in_the_middle_of_a_record_delivers_the_records_before_and_names_the_offset() throws Exception {
        Archive archive = archive(WarcCompression.GZIP,
                response("https://www.letemps.ch/monde/russie-koursk", KURSK_ID, htmlResponse(HtmlExtractorTest.NEWS_PAGE)),
                response("https://news.example/seoul", SEOUL_ID, htmlResponse(SEOUL_PAGE)),
                response("https://news.example/third", UUID.randomUUID(), htmlResponse(SEOUL_PAGE)));
        long second = archive.offsets().get(1);
        long cut = second + (archive.offsets().get(2) - second) / 2;
        RecordingSink sink = new RecordingSink();

        assertThatThrownBy(() -> new WarcReader().read(
                InputSource.of("crawl.warc.gz", Arrays.copyOf(archive.bytes(), (int) cut)), ReadLimits.defaults(), sink))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.location()).isEqualTo("crawl.warc.gz@" + second);
                    assertThat(e.reason()).startsWith("truncated or corrupt WARC at byte offset " + second + " after 1 records: ");
                });
        assertThat(sink.articles).extracting(RawArticle::doc).containsExactly(KURSK_ID.toString());
        assertThat(sink.failures).isEmpty();
    }

    @Test
    void a_plain_warc_cut_short_delivers_the_records_before_the_cut() throws Exception {
        Archive archive = archive(WarcCompression.NONE,
                response("https://news.example/seoul", SEOUL_ID, htmlResponse(SEOUL_PAGE)),
                response("https://www.letemps.ch/monde/russie-koursk", KURSK_ID, htmlResponse(HtmlExtractorTest.NEWS_PAGE)));
        long second = archive.offsets().get(1);
        RecordingSink sink = new RecordingSink();

        assertThatThrownBy(() -> new WarcReader().read(
                InputSource.of("crawl.warc", Arrays.copyOf(archive.bytes(), (int) second + 1500)), ReadLimits.defaults(), sink))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason())
                        .startsWith("truncated or corrupt WARC at byte offset " + second + " after 1 records: "));
        assertThat(sink.articles).extracting(RawArticle::doc).containsExactly(SEOUL_ID.toString());
    }

    @Test
    void a_page_over_the_size_limit_is_refused_by_name_and_the_other_records_go_on() throws Exception {
        Archive archive = archive(WarcCompression.GZIP,
                response("https://www.letemps.ch/monde/russie-koursk", KURSK_ID, htmlResponse(HtmlExtractorTest.NEWS_PAGE)),
                response("https://news.example/seoul", SEOUL_ID, htmlResponse(SEOUL_PAGE)));

        RecordingSink sink = read("crawl.warc.gz", archive.bytes(), new ReadLimits(2000));

        assertThat(sink.articles).extracting(RawArticle::doc).containsExactly(SEOUL_ID.toString());
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo("crawl.warc.gz@" + archive.offsets().get(0));
            assertThat(failure.reason()).startsWith("article of ").contains("over the size limit of 2000 bytes");
        });
    }

    @Test
    void a_compressed_page_that_grows_over_the_size_limit_is_refused() throws Exception {
        String big = "<html><body><p>" + "Koursk ".repeat(2000) + "</p></body></html>";
        Archive archive = archive(WarcCompression.NONE, response("https://news.example/big", KURSK_ID, gzippedChunkedResponse(big)));

        RecordingSink sink = read("bomb.warc", archive.bytes(), new ReadLimits(2000));

        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).singleElement().satisfies(failure ->
                assertThat(failure.reason()).contains("over the size limit of 2000 bytes"));
    }

    @Test
    void a_record_whose_payload_cannot_be_decoded_is_a_failure_and_the_others_go_on() throws Exception {
        byte[] notGzip = http("HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                "<p>pas compressé du tout</p>".getBytes(StandardCharsets.UTF_8));
        Archive archive = archive(WarcCompression.GZIP,
                response("https://news.example/broken", KURSK_ID, notGzip),
                response("https://news.example/seoul", SEOUL_ID, htmlResponse(SEOUL_PAGE)));

        RecordingSink sink = read("crawl.warc.gz", archive.bytes(), ReadLimits.defaults());

        assertThat(sink.articles).extracting(RawArticle::doc).containsExactly(SEOUL_ID.toString());
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo("crawl.warc.gz@0");
            assertThat(failure.reason()).startsWith("unreadable HTTP response in WARC record: ");
        });
    }

    @Test
    void an_html_response_without_article_text_is_a_failure() throws Exception {
        Archive archive = archive(WarcCompression.NONE, response("https://news.example/home", KURSK_ID,
                htmlResponse("<html><body><nav><a href=\"/\">Accueil</a></nav></body></html>")));

        RecordingSink sink = read("crawl.warc", archive.bytes(), ReadLimits.defaults());

        assertThat(sink.failures).containsExactly(new RecordingSink.Failure("crawl.warc@0", "no article text found in HTML page"));
    }

    @Test
    void the_charset_the_server_declared_decodes_the_page() throws Exception {
        byte[] latin = "<html><body><p>Kiev a réagi à l’annonce de Moscou.</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Archive archive = archive(WarcCompression.NONE, response("https://news.example/kiev", KURSK_ID,
                http("HTTP/1.1 200 OK", "Content-Type: text/html; charset=windows-1252\r\n", latin)));

        RecordingSink sink = read("crawl.warc", archive.bytes(), ReadLimits.defaults());

        assertThat(sink.articles.getFirst().body()).isEqualTo("Kiev a réagi à l’annonce de Moscou.");
    }

    @Test
    void a_file_that_is_not_a_warc_is_refused() {
        assertThatThrownBy(() -> read("page.warc", "<html><body>Bonjour</body></html>".getBytes(StandardCharsets.UTF_8),
                ReadLimits.defaults()))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason()).startsWith("not a WARC file: "));
    }
}

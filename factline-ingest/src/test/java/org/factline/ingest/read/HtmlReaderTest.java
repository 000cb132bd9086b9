package org.factline.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factline.model.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    private static RecordingSink read(InputSource input, ReadLimits limits) throws Exception {
        RecordingSink sink = new RecordingSink();
        new HtmlReader().read(input, limits, sink);
        return sink;
    }

    @Test
    void a_page_is_one_article_named_after_its_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("003_koursk.html");
        Files.writeString(file, HtmlExtractorTest.NEWS_PAGE);

        RecordingSink sink = read(InputSource.of(file), ReadLimits.defaults());

        assertThat(sink.failures).isEmpty();
        RawArticle article = sink.articles.getFirst();
        assertThat(article.doc()).isEqualTo("003_koursk");
        assertThat(article.source().location()).isEqualTo(file.toString());
        assertThat(article.source().format()).isEqualTo("html");
        assertThat(article.sourceId()).isNull();
        assertThat(article.title()).isEqualTo("La Russie affirme avoir repris toute la région de Koursk");
        assertThat(article.url()).isEqualTo("https://www.letemps.ch/monde/russie-koursk");
        assertThat(article.outlet()).isEqualTo("Le Temps");
        assertThat(article.lang()).isEqualTo("fr");
        assertThat(article.published()).isEqualTo("2025-04-26T18:42:00+02:00");
        assertThat(article.publishedBasis()).isEqualTo(PublicationDate.Basis.METADATA);
        assertThat(article.body()).startsWith("Le chef d'état-major").endsWith("à cette annonce.");
        assertThat(article.removed()).hasSize(2);
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void a_page_without_article_text_is_a_failure_naming_it() throws Exception {
        byte[] page = "<html><head><title>Accueil</title></head><body><nav><a href=\"/\">Accueil</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        RecordingSink sink = read(InputSource.of("pages/empty.html", page), ReadLimits.defaults());

        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).containsExactly(
                new RecordingSink.Failure("pages/empty.html", "no article text found in HTML page"));
    }

    @Test
    void a_windows_1252_page_declared_by_meta_charset_is_decoded_in_that_charset() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Séoul</title></head><body>"
                + "<p>Séoul évalue les pertes à environ 1100 soldats ; l’aide coûte 3 milliards d’€.</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

        RecordingSink sink = read(InputSource.of("seoul.html", bytes), ReadLimits.defaults());

        RawArticle article = sink.articles.getFirst();
        assertThat(article.body()).isEqualTo("Séoul évalue les pertes à environ 1100 soldats ; l’aide coûte 3 milliards d’€.");
        assertThat(article.title()).isEqualTo("Séoul");
        assertThat(article.warnings()).containsExactly("HTML page converted from windows-1252 to Unicode");
    }

    @Test
    void an_undeclared_latin_page_that_is_not_utf_8_is_read_as_windows_1252_with_a_warning() throws Exception {
        byte[] bytes = "<html><body><p>Kiev a réagi à l'annonce.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);

        RecordingSink sink = read(InputSource.of("kiev.html", bytes), ReadLimits.defaults());

        assertThat(sink.articles.getFirst().body()).isEqualTo("Kiev a réagi à l'annonce.");
        assertThat(sink.articles.getFirst().warnings()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void a_page_over_the_size_limit_is_refused_by_name() throws Exception {
        byte[] page = HtmlExtractorTest.NEWS_PAGE.getBytes(StandardCharsets.UTF_8);

        RecordingSink sink = read(InputSource.of("big.html", page), new ReadLimits(1000));

        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo("big.html");
            assertThat(failure.reason()).startsWith("article of " + page.length + " bytes is over the size limit of 1000 bytes");
        });
    }

    @Test
    void binary_data_is_a_failure_not_an_article() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        RecordingSink sink = read(InputSource.of("photo.html", png), ReadLimits.defaults());

        assertThat(sink.articles).isEmpty();
        assertThat(sink.failures).singleElement().satisfies(failure -> assertThat(failure.reason()).contains("binary"));
    }
}

package org.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.InputStream;
import java.util.List;
import org.factline.ingest.read.InputSource;
import org.factline.ingest.read.ReadLimits;
import org.factline.model.Article;
import org.factline.model.Removal;
import org.factline.model.Span;

/**
 * Any bytes, in each format, through the reading path {@code factline ingest} and {@code POST /api/articles}
 * take ({@link Ingestor#read}: format detection, gzip, charset, the reader, then cleaning, language and
 * date): an input either gives articles the store can keep or failures that say where and why. The
 * {@code Ingestor} turns any exception it did not expect into an "internal error" failure so that a batch
 * goes on; here that, any other exception and any {@link Error} is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} each target replays its seeds ({@code ReadingFuzzTestInputs/<target>/}:
 * small valid inputs, and every input a fuzzer once crashed on) as ordinary tests. The input's name gives
 * the extension a user's file would have, so that bytes that do not look like the format still go to its
 * reader (the content wins when it is unmistakable, as for a user's file).
 */
class ReadingFuzzTest {

    /** Low enough that the fuzzer reaches the size refusals, high enough for every seed. */
    private static final ReadLimits LIMITS = new ReadLimits(64 * 1024);
    private static final Ingestor INGESTOR = new Ingestor(LIMITS, InputStream.nullInputStream());

    @FuzzTest(maxDuration = "60s")
    void textWithHeaderLines(byte[] input) {
        read("article.txt", input);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLines(byte[] input) {
        read("articles.jsonl", input);
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] input) {
        read("page.html", input);
    }

    @FuzzTest(maxDuration = "60s")
    void rssAndAtom(byte[] input) {
        read("feed.xml", input);
    }

    @FuzzTest(maxDuration = "60s")
    void warc(byte[] input) {
        read("crawl.warc", input);
    }

    private static void read(String name, byte[] bytes) {
        INGESTOR.read(InputSource.of(name, bytes), new IngestListener() {
            @Override
            public void article(Article article) {
                checkArticle(article);
            }

            @Override
            public void failure(String location, String reason) {
                assertThat(reason).as("failure at %s", location)
                        .isNotBlank()
                        .doesNotStartWith("internal error");
                assertThat(location).startsWith(name);
            }

            @Override
            public void warning(String location, String message) {
                assertThat(message).as("warning at %s", location).isNotBlank();
            }
        });
    }

    /** What the store and the analysis count on: spans into the text, and text every backend keeps. */
    private static void checkArticle(Article a) {
        assertThat(a.id()).isNotBlank().hasSizeLessThanOrEqualTo(ArticlePreparer.MAX_ID_LENGTH);
        assertThat(a.doc()).isNotBlank().hasSizeLessThanOrEqualTo(ArticlePreparer.MAX_ID_LENGTH);
        assertThat(a.text()).isNotBlank();
        for (List<Span> layer : List.of(a.paragraphs(), a.headings(), a.captions())) {
            for (Span s : layer) {
                assertThat(s.end()).as("span %s in a text of %d characters", s, a.text().length())
                        .isLessThanOrEqualTo(a.text().length());
            }
        }
        storable("id", a.id());
        storable("doc", a.doc());
        storable("source location", a.source().location());
        storable("title", a.title());
        storable("url", a.url());
        storable("outlet", a.outlet());
        storable("text", a.text());
        storable("raw text", a.rawText());
        if (a.published() != null) {
            storable("publication date evidence", a.published().evidence());
        }
        for (Removal removal : a.removed()) {
            storable("removed text", removal.text());
        }
        a.warnings().forEach(w -> storable("warning", w));
    }

    /** No NUL and no unpaired surrogate: PostgreSQL refuses the one, UTF-8 has no form for the other. */
    private static void storable(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            assertThat(c == 0 || Character.isSurrogate(c) && !paired)
                    .as("%s holds U+%04X at offset %d: %s", field, (int) c, i, value).isFalse();
            if (paired) {
                i++;
            }
        }
    }
}

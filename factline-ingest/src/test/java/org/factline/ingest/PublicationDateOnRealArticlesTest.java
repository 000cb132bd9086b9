package org.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factline.ingest.read.RawArticle;
import org.factline.model.Article;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * Publication-date inference on real articles it was not written for: the 22 Wikinews articles of the
 * development set, with their {@code date} header taken away so that only the text can tell.
 */
class PublicationDateOnRealArticlesTest {

    private final ArticlePreparer preparer = new ArticlePreparer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_text_alone_dates_every_development_article_to_the_day() throws Exception {
        Path shared = SharedData.require();
        List<String> wrong = new ArrayList<>();
        int n = 0;
        try (Stream<Path> files = Files.list(shared.resolve("dev/articles"))) {
            for (Path file : files.sorted().toList()) {
                String doc = file.getFileName().toString().replace(".txt", "");
                String gold = json.readTree(shared.resolve("dev/gold/" + doc + ".json").toFile()).get("published").asText();
                String withoutDate = Files.readString(file).replaceFirst("^date \\S+\\n", "");
                Article a = preparer.prepare(new RawArticle(doc, new SourceRef(file.toString(), "text"), null,
                        withoutDate, null, null, null, null, null, null, List.of(), List.of()));
                n++;
                PublicationDate p = a.published();
                if (p == null || p.basis() != PublicationDate.Basis.INFERRED
                        || Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(gold), p.earliestDay())) > 1) {
                    wrong.add(doc + ": gold " + gold + ", inferred " + p);
                }
            }
        }
        assertThat(n).isEqualTo(22);
        assertThat(wrong).isEmpty();
    }
}

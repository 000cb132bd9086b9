package org.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.ingest.read.RawArticle;
import org.factline.model.Article;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;
import org.junit.jupiter.api.Test;

/** The publication date as the ingest stage resolves it: with the language it identified. */
class ArticlePreparerDateTest {

    private final ArticlePreparer preparer = new ArticlePreparer();

    private Article prepare(String text) throws Exception {
        return preparer.prepare(new RawArticle("doc", new SourceRef("doc.txt", "text"), null, text,
                null, null, null, null, null, null, List.of(), List.of()));
    }

    @Test
    void the_text_of_an_identified_language_refines_a_stated_month() throws Exception {
        Article a = prepare("date 2025-04\n\nLe chef d'état-major a annoncé samedi au président la reprise de la région. "
                + "Le président a reçu le rapport à Moscou, le 26 avril 2025.");
        assertThat(a.language().code()).isEqualTo("fr");
        assertThat(a.published().value()).isEqualTo("2025-04-26");
        assertThat(a.published().basis()).isEqualTo(PublicationDate.Basis.INFERRED);
    }

    @Test
    void an_article_in_a_language_without_a_time_grammar_keeps_its_stated_date() throws Exception {
        String german = "Der Generalstabschef hat am Samstag, dem 26. April 2025, dem Präsidenten gemeldet, "
                + "dass seine Truppen die Region vollständig zurückerobert hätten.";
        Article stated = prepare("date 2025-04\n\n" + german);
        assertThat(stated.language().code()).isEqualTo("de");
        assertThat(stated.published().value()).isEqualTo("2025-04");
        assertThat(stated.published().basis()).isEqualTo(PublicationDate.Basis.HEADER);
        assertThat(prepare(german).published()).isNull();
    }
}

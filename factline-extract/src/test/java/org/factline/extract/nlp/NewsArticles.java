package org.factline.extract.nlp;

import java.util.List;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Language;
import org.factline.model.SourceRef;

/** Articles made from a text in a language, as the tests need them. */
public final class NewsArticles {

    private NewsArticles() {
    }

    public static Article of(String language, String text) {
        return new Article("test-" + Integer.toHexString(text.hashCode()), "test", new SourceRef("test", "text"), null,
                null, null, new Language(language, 1.0, true, !language.equals("de")), null, text, text, List.of(),
                List.of(), List.of(), List.of());
    }

    public static Analysis analyse(String language, String text) {
        return new LinguisticStep().apply(Analysis.of(of(language, text)));
    }
}

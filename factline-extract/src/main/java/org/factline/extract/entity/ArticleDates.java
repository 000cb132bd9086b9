package org.factline.extract.entity;

import java.time.LocalDate;
import org.factline.model.Article;

/** The day against which an article's titles are read ("le président américain" in April 2025 is Trump). */
final class ArticleDates {

    /** With no publication date, the roles as the knowledge base last knows them. */
    static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);

    private ArticleDates() {
    }

    static LocalDate roleDate(Article article) {
        return article.published() == null ? UNDATED : article.published().latestDay();
    }
}

package org.factline.knowledge.corpus;

import org.factline.model.Span;

/**
 * One thing one source said or one outlet stated, in one article: the side of a disagreement, a report
 * of an event, a figure.
 *
 * @param articleId the article's id
 * @param doc       the article's short name, as {@code factline extract} writes it
 * @param reported  when it was reported: the article's publication date (ISO, day, month or year), or null
 * @param source    who says it
 * @param says      the words: the claim's quote, the figure with what it counts, or the evidence sentence
 * @param date      when it was said, when the text tells (the claim's date), else null
 * @param evidence  where it is in the article's text
 */
public record Statement(String articleId, String doc, String reported, Source source, String says, String date,
                        Span evidence) {

    /**
     * When it was said, else when it was reported, as the first day it may mean (YYYY-MM-DD): the time a
     * change of story is ordered by. "9999-12-31" when neither is known.
     */
    public String time() {
        if (Dates.isCalendar(date)) {
            return Dates.first(date);
        }
        return Dates.isCalendar(reported) ? Dates.first(reported) : "9999-12-31";
    }

    /** Whether two statements are in the same words of one article (their evidence spans overlap). */
    public boolean overlaps(Statement o) {
        return articleId.equals(o.articleId) && evidence != null && o.evidence != null
                && evidence.start() < o.evidence.end() && o.evidence.start() < evidence.end();
    }
}

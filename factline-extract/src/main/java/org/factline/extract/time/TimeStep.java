package org.factline.extract.time;

import java.time.LocalDate;
import java.util.List;

import org.factline.extract.Step;
import org.factline.model.Analysis;
import org.factline.model.PublicationDate;
import org.factline.model.Timex;
import org.factline.time.TimeTagger;

/**
 * Finds and normalises the article's time expressions against its publication date, with the tense the
 * dependency tree gives each one ({@link DependencyTense}). An article dated only to the year has no
 * day to count "hier" from: its relative expressions get TimeML's unanchored values.
 */
public final class TimeStep implements Step {

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String language = analysis.article().language().code();
        return TimeTagger.forLanguage(language)
                .map(tagger -> analysis.withTimexes(tag(tagger, analysis, language)))
                .orElse(analysis);
    }

    private static List<Timex> tag(TimeTagger tagger, Analysis analysis, String language) {
        return tagger.tag(analysis.text(), anchor(analysis.article().published()), new DependencyTense(analysis, language));
    }

    /** The day relative expressions count from: the publication day, or the first day of its month. */
    static LocalDate anchor(PublicationDate published) {
        if (published == null || published.precision() == PublicationDate.Precision.YEAR) {
            return null;
        }
        return published.earliestDay();
    }
}

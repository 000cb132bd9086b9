package org.factline.app.views;

import java.util.List;

import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Statement;
import org.factline.knowledge.corpus.Timeline;

/** The claims of a corpus, as {@code factline claims} lists them: by a speaker, about an entity, within dates. */
public final class Claims {

    private Claims() {
    }

    /**
     * Every claim in date order (when said, else when reported).
     *
     * @param about   only claims by it or whose words name it, or null
     * @param speaker only claims by it, or by someone who speaks for it when it is a country, or null
     * @param from    from this date (YYYY, YYYY-MM or YYYY-MM-DD), or null
     * @param to      up to this date, inclusive, or null
     */
    public static List<Timeline.Entry> of(Corpus corpus, CorpusEntity about, CorpusEntity speaker, String from, String to) {
        return Timeline.of(corpus, new Timeline.Query(about, "claim", from, to),
                s -> speaker == null || spokenBy(s, speaker));
    }

    /** Said by the entity, or by someone who speaks for it when it is a country ("Russia": Moscow, Gerasimov). */
    private static boolean spokenBy(Statement s, CorpusEntity who) {
        String id = s.source().entityId();
        if (id != null && who.ids().contains(id)) {
            return true;
        }
        return who.ids().contains(s.source().party()) || who.isNamed(s.source().name());
    }
}

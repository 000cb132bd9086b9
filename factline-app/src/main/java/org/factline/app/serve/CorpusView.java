package org.factline.app.serve;

import java.util.List;
import java.util.Optional;

import org.factline.app.views.EntityView;
import org.factline.knowledge.corpus.ClaimThread;
import org.factline.knowledge.corpus.Contradiction;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Timeline;

/**
 * One corpus as of a date, with what every request would otherwise work out again kept beside it: its claim threads
 * and its events in time order (the corpus keeps its disagreements itself). A corpus is a value, so these never go
 * stale.
 */
final class CorpusView {

    private final Corpus corpus;
    private List<ClaimThread> threads;
    private List<Timeline.Entry> events;

    CorpusView(Corpus corpus) {
        this.corpus = corpus;
    }

    Corpus corpus() {
        return corpus;
    }

    List<Contradiction> contradictions() {
        return corpus.contradictions();
    }

    synchronized List<ClaimThread> threads() {
        if (threads == null) {
            threads = corpus.threads();
        }
        return threads;
    }

    /** Every event, in valid-time order, as timeline entries. */
    synchronized List<Timeline.Entry> events() {
        if (events == null) {
            events = Timeline.of(corpus, Timeline.Query.all()).stream().filter(e -> e.event() != null).toList();
        }
        return events;
    }

    /** The entity a user's words name, if the corpus has one. */
    Optional<CorpusEntity> named(String words) {
        return EntityView.named(corpus, words);
    }
}

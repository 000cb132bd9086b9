package org.factline.app.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.Parties;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Analysis;

/** The stored analyses as one corpus, with the knowledge base telling which side each source speaks for. */
public final class CorpusLoader {

    private CorpusLoader() {
    }

    public static Corpus load(ArticleStore store) {
        return of(analyses(store));
    }

    /** {@link #load(ArticleStore)}, telling {@code progress} how many analyses were read after each page. */
    public static Corpus load(ArticleStore store, IntConsumer progress) {
        return of(analyses(store, progress));
    }

    /** The corpus of these analyses, with the standard knowledge base's parties. */
    public static Corpus of(List<Analysis> analyses) {
        return Corpus.of(analyses, parties(KnowledgeBase.standard()));
    }

    /**
     * The order of a corpus's analyses: by article id, as Java orders strings (UTF-16 units), whatever the database's
     * collation, so that H2 and PostgreSQL, and a corpus read whole or changed one article at a time, give the same.
     */
    public static final Comparator<Analysis> ORDER = Comparator.comparing(a -> a.article().id());

    /** Analyses read from the store at a time: each of their layers is one statement. */
    private static final int PAGE = 500;

    /** Every stored analysis (without its tokens, which the store does not keep), in the {@link #ORDER} of a corpus. */
    public static List<Analysis> analyses(ArticleStore store) {
        return analyses(store, read -> { });
    }

    /** {@link #analyses(ArticleStore)}, telling {@code progress} how many were read after each page. */
    public static List<Analysis> analyses(ArticleStore store, IntConsumer progress) {
        List<Analysis> analyses = new ArrayList<>();
        List<Analysis> page = store.analyses(null, PAGE);
        while (!page.isEmpty()) {
            analyses.addAll(page);
            progress.accept(page.size());
            page = store.analyses(page.getLast().article().id(), PAGE);
        }
        analyses.sort(ORDER);
        return analyses;
    }

    /**
     * A person, body or place speaks for its country ("Valery Gerasimov", "Moscow", "the Russian Ministry of
     * Defence" for Russia); a country, or an entity the knowledge base does not place, for itself.
     */
    public static Parties parties(KnowledgeBase kb) {
        return id -> {
            Optional<KbEntity> e = kb.byId(id);
            if (e.isEmpty() || e.get().country() == null) {
                return id;
            }
            return kb.country(e.get().country()).map(KbEntity::id).orElse(id);
        };
    }
}

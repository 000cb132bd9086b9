package org.factline.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.ingest.IngestListener;
import org.factline.ingest.Ingestor;
import org.factline.ingest.read.ReadLimits;
import org.factline.knowledge.store.AnalysisSummary;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Analysis;
import org.factline.model.Article;

/** The analyses a corpus is generated from: read back from a store, or made here from article files. */
public final class SeedAnalyses {

    private SeedAnalyses() {
    }

    /**
     * Every analysis a store holds, as {@code factline ingest} stored it (without tokens, which the store does not
     * keep), in the store's listing order.
     */
    public static List<Analysis> of(ArticleStore store) {
        List<Analysis> out = new ArrayList<>();
        for (AnalysisSummary s : store.analysedArticles()) {
            store.analysis(s.articleId()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The articles these paths name, read and prepared as {@code factline ingest} reads them and analysed by the
     * standard pipeline, in input order, with their tokens.
     *
     * @throws IllegalArgumentException if an input cannot be read
     */
    public static List<Analysis> analyse(List<String> paths) {
        List<Article> articles = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        new Ingestor(ReadLimits.defaults()).ingest(paths, new IngestListener() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void failure(String location, String reason) {
                failures.add(location + ": " + reason);
            }
        });
        if (!failures.isEmpty()) {
            throw new IllegalArgumentException("cannot read the seed articles: " + String.join("; ", failures));
        }
        Pipeline pipeline = Pipelines.standard();
        return articles.stream().map(pipeline::analyse).toList();
    }
}

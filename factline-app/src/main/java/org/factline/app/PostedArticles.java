package org.factline.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.factline.app.serve.ArticleIngestion;
import org.factline.extract.ExtractorVersion;
import org.factline.extract.Pipelines;
import org.factline.ingest.read.Format;
import org.factline.ingest.read.InputSource;
import org.factline.ingest.read.ReadLimits;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Analysis;
import org.factline.model.Article;

/**
 * Articles posted to {@code factline serve}, each through the same run as {@code factline ingest}: read, stored in
 * its own transaction, analysed unless the running extraction already has, and indexed. The pipeline (the CoreNLP
 * models) loads on the first article that needs analysis and stays for the next; the search index is opened for
 * each article and closed after, so that a {@code factline ingest} beside the server can index too.
 */
public final class PostedArticles implements ArticleIngestion {

    private final ArticleStore store;
    private final Path indexFolder;
    private final ReadLimits limits;
    private final IngestRun.Extraction extraction;
    private Function<Article, Analysis> pipeline;

    /**
     * @param indexFolder the store's search index
     * @param maxBytes    the largest article accepted
     */
    public PostedArticles(ArticleStore store, Path indexFolder, long maxBytes) {
        this.store = store;
        this.indexFolder = indexFolder;
        this.limits = new ReadLimits(maxBytes);
        this.extraction = new IngestRun.Extraction(this::pipeline, ExtractorVersion::current);
    }

    @Override
    public synchronized Outcome ingest(InputSource body, Format format) {
        try (IndexUpdates index = IndexUpdates.open(indexFolder, store)) {
            IngestRun run = new IngestRun(store, index, new PrintWriter(Writer.nullWriter()),
                    new IngestRun.Options(true, false, 1, false), extraction).run(body, format, limits);
            if (run.stopped() != null) {
                throw run.stopped();
            }
            List<String> ids = run.articleIds();
            String id = ids.isEmpty() ? null : ids.getFirst();
            return new Outcome(id, run.added() > 0, run.analysed() > 0,
                    id == null && run.notStored().isEmpty() ? run.failures().stream().map(IngestRun.Failure::reason).toList() : List.of(),
                    run.notStored().isEmpty() ? null : run.notStored().getFirst().reason(),
                    run.analysisFailures().isEmpty() ? null : run.analysisFailures().getFirst().reason(),
                    id == null ? null : index.notIndexed(id),
                    run.warnings());
        }
    }

    private synchronized Function<Article, Analysis> pipeline() {
        if (pipeline == null) {
            pipeline = Pipelines.standard()::analyse;
        }
        return pipeline;
    }
}

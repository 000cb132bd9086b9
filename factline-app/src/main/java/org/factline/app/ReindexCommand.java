package org.factline.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.ArticleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex",
        mixinStandardHelpOptions = true,
        description = {"Make the search index anew from the store: every stored article, with the claims and events "
                + "of its stored analysis. Nothing is analysed again.",
            "Use it when the index is missing, damaged or made by another version of Factline, or when an ingest "
                + "could not update it. Searches see the old index until the new one is complete; if the rebuild "
                + "fails, the old index stays."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every stored article was indexed",
            "1:some articles could not be read from the store (the others are indexed), or the index could not be "
                + "made",
            "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  factline reindex",
            "  factline reindex --data /srv/factline-data",
            "  factline reindex --db jdbc:postgresql://localhost/factline --index /srv/factline-index"
        })
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        try (ArticleStore articles = store.options.open();
             SearchIndex index = SearchIndex.recreate(store.options.indexFolder())) {
            List<ArticleSummary> stored = articles.list();
            StoredDocuments documents;
            try (IngestProgress bar = IngestProgress.start("Indexing", stored.size(), System.err, !noProgress)) {
                documents = new StoredDocuments(articles, stored, read -> bar.step(read.documents() + " documents"));
                index.rebuild(documents, done -> { });
            }
            documents.failures().forEach(f -> err.println("failed: " + f.location() + ": " + f.reason()));
            out.printf("Indexed %d article%s (%d analysed, with their claims and events) as %d documents in %s, "
                            + "%d failed. %s%n",
                    documents.articles(), documents.articles() == 1 ? "" : "s", documents.analysed(),
                    documents.documents(), seconds(System.nanoTime() - started), documents.failures().size(),
                    capitalised(index.describe()));
            return documents.failures().isEmpty() ? 0 : 1;
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}

package org.factline.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.PutResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {"Put the Parquet tables of the Spark job (factline-spark) into the store: each article, "
                + "and its analysis with the extraction version that made it, as factline ingest would have "
                + "stored them; the search index follows.",
            "Each article and each analysis goes in in its own transaction. An article already stored is a "
                + "duplicate; its analysis is replaced unless the store holds one by the same extraction, so that "
                + "loading the same tables twice changes nothing. The records and inputs the job rejected are "
                + "listed, with their reasons."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article of the tables is stored, with its analysis, and indexed",
            "1:the folder is not the job's output, or some articles could not be stored or indexed",
            "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  spark-submit --class org.factline.spark.SparkExtract factline-spark/target/factline-spark.jar \\",
            "      --out hdfs:///corpus/parquet hdfs:///corpus/warc",
            "  factline load parquet/",
            "  factline --db jdbc:postgresql://localhost/factline load parquet/"
        })
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Parameters(index = "0", paramLabel = "PARQUET_DIR",
            description = "The folder the Spark job wrote its tables into (its --out).")
    Path folder;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ParquetTables tables = ParquetTables.open(folder);
             ArticleStore articles = store.options.open();
             IndexUpdates index = IndexUpdates.open(store.options.indexFolder(), articles);
             IngestProgress bar = IngestProgress.start("Loading", (int) Math.min(Integer.MAX_VALUE,
                     tables.articleCount()), System.err, !noProgress)) {
            Counts counts = new Counts();
            try {
                tables.forEach(loaded -> {
                    counts.load(loaded, articles, index);
                    bar.step(counts.added + " new, " + counts.analysed + " analyses, " + counts.failed.size()
                            + " failed");
                });
            } finally {
                index.commit();
            }
            List<ParquetTables.Rejection> rejected = tables.rejections();
            rejected.forEach(r -> err.println("rejected by the job: " + r.location() + ": " + r.reason()));
            counts.failed.forEach(f -> err.println("failed: " + f));
            index.reportFailures(err);
            out.printf("Loaded %d article%s: %d new, %d duplicate%s, %d analyses stored, %d up to date, %d failed;"
                            + " the job rejected %d. Store: %s%n", counts.articles, counts.articles == 1 ? "" : "s",
                    counts.added, counts.duplicates, counts.duplicates == 1 ? "" : "s", counts.analysed,
                    counts.upToDate, counts.failed.size(), rejected.size(), articles.describe());
            index.summarise(out);
            return counts.failed.isEmpty() && !index.anyFailed() ? 0 : 1;
        } catch (ParquetTables.LoadException e) {
            err.println("factline load: " + e.getMessage());
            return 1;
        }
    }

    /** What became of the articles, one at a time. */
    private static final class Counts {
        int articles;
        int added;
        int duplicates;
        int analysed;
        int upToDate;
        final List<String> failed = new ArrayList<>();

        void load(ParquetTables.Loaded loaded, ArticleStore store, IndexUpdates index) {
            articles++;
            String where = loaded.article().source().location() + " (" + loaded.article().doc() + ")";
            try {
                if (store.put(loaded.article()) == PutResult.NEW) {
                    added++;
                    index.article(loaded.article());
                } else {
                    duplicates++;
                }
            } catch (RuntimeException e) {
                failed.add(where + ": could not be stored: " + e.getMessage());
                return;
            }
            if (loaded.analysis() == null) {
                return;
            }
            try {
                if (!store.needsAnalysis(loaded.article().id(), loaded.extractor())) {
                    upToDate++;
                    return;
                }
                store.putAnalysis(loaded.analysis(), loaded.extractor());
                analysed++;
            } catch (RuntimeException e) {
                failed.add(where + ": its analysis could not be stored: " + e.getMessage());
                return;
            }
            index.analysis(loaded.analysis());
        }
    }
}

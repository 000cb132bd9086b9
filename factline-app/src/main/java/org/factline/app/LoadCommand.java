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
            "Articles go in " + LoadCommand.BATCH + " at a time, each batch one transaction in which an article "
                + "or analysis that cannot be stored is left out alone. An article already stored is a "
                + "duplicate; its analysis is replaced unless the store holds one by the same extraction, so that "
                + "loading the same tables twice changes nothing: a load that was stopped is finished by running "
                + "it again. The records and inputs the job rejected are listed, with their reasons."},
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
            Counts counts = new Counts(articles, index, bar);
            try {
                tables.forEach(counts::add);
                counts.flush();
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

    /**
     * Articles stored a transaction: large enough that a commit's cost (in H2, a new copy of every page it changed)
     * is shared by many, small enough that a stopped load loses little work.
     */
    static final int BATCH = 100;

    /** What became of the articles, stored a batch at a time. */
    private static final class Counts {
        private final ArticleStore store;
        private final IndexUpdates index;
        private final IngestProgress bar;
        private final List<ParquetTables.Loaded> batch = new ArrayList<>(BATCH);
        int articles;
        int added;
        int duplicates;
        int analysed;
        int upToDate;
        final List<String> failed = new ArrayList<>();

        Counts(ArticleStore store, IndexUpdates index, IngestProgress bar) {
            this.store = store;
            this.index = index;
            this.bar = bar;
        }

        void add(ParquetTables.Loaded loaded) {
            batch.add(loaded);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<ArticleStore.Outcome> outcomes;
            try {
                outcomes = store.putAll(batch.stream()
                        .map(l -> new ArticleStore.Entry(l.article(), l.analysis(), l.extractor())).toList());
            } catch (RuntimeException e) {
                for (ParquetTables.Loaded loaded : batch) {
                    articles++;
                    failed.add(where(loaded) + ": could not be stored: " + e.getMessage());
                    step();
                }
                batch.clear();
                return;
            }
            for (int i = 0; i < batch.size(); i++) {
                count(batch.get(i), outcomes.get(i));
                step();
            }
            batch.clear();
        }

        private void count(ParquetTables.Loaded loaded, ArticleStore.Outcome outcome) {
            articles++;
            if (outcome.article() == null) {
                failed.add(where(loaded) + ": could not be stored: " + outcome.failure());
                return;
            }
            if (outcome.article() == PutResult.NEW) {
                added++;
                index.article(loaded.article());
            } else {
                duplicates++;
            }
            switch (outcome.analysis()) {
                case NONE -> { }
                case UP_TO_DATE -> upToDate++;
                case FAILED -> failed.add(where(loaded) + ": its analysis could not be stored: " + outcome.failure());
                case STORED -> {
                    analysed++;
                    index.analysis(loaded.analysis());
                }
            }
        }

        private void step() {
            bar.step(added + " new, " + analysed + " analyses, " + failed.size() + " failed");
        }

        private static String where(ParquetTables.Loaded loaded) {
            return loaded.article().source().location() + " (" + loaded.article().doc() + ")";
        }
    }
}

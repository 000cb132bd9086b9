package org.factline.app;

import java.util.concurrent.Callable;
import org.factline.knowledge.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {"Read articles, store them, analyse them and store what was found: entities and their "
                + "mentions, time expressions, claims, events and figures, each with its evidence in the text, "
                + "the extractor and its confidence.",
            "Each article and each analysis is stored in its own transaction: a bad one never stops the others, an "
                + "article already stored is counted as a duplicate, not stored twice, and an article the same "
                + "extraction has already analysed is not analysed again. When the extraction has changed "
                + "(another Factline build, other lexicons or knowledge base), an article's analysis is replaced "
                + "as a whole. Articles in a language Factline cannot analyse are stored without analysis.",
            "The search index (factline search) follows the store: each new article is indexed when stored, and "
                + "again with its claims and events when analysed. An article that cannot be indexed stays stored; "
                + "factline reindex makes the index from the store again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input went in, was analysed and indexed",
            "1:some inputs, analyses or index updates failed (the others are stored)", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  factline ingest examples/kursk",
            "  factline ingest 'dumps/*.jsonl.gz' crawl.warc.gz --threads 4",
            "  curl -s https://example.org/feed.xml | factline ingest -",
            "  factline ingest news/ --no-analyse      (store only; a later ingest of the same files analyses them)",
            "  factline ingest news/ --reanalyse       (analyse again even what this extraction has analysed)",
            "  factline --db jdbc:postgresql://localhost/factline ingest news/   (see factline ingest --help for --db)"
        })
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptionsMixin store;

    @Option(names = "--no-progress", description = "Do not draw progress bars.")
    boolean noProgress;

    @Option(names = "--no-analyse", description = "Store the articles without analysing them.")
    boolean noAnalyse;

    @Option(names = "--reanalyse",
            description = "Analyse every article read, also those the running extraction has already analysed, "
                    + "replacing their stored analysis.")
    boolean reanalyse;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Articles analysed at once (default: 2, or 1 on a single core).")
    int threads;

    @Override
    public Integer call() {
        if (noAnalyse && reanalyse) {
            throw new ParameterException(spec.commandLine(), "--no-analyse and --reanalyse contradict each other");
        }
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be 0 (default) or more: " + threads);
        }
        try (ArticleStore articles = store.options.open();
             IndexUpdates index = IndexUpdates.open(store.options.indexFolder(), articles)) {
            IngestRun run = new IngestRun(articles, index, spec.commandLine().getErr(),
                    new IngestRun.Options(!noAnalyse, reanalyse, threads, !noProgress))
                    .run(input.paths, input.limits());
            run.summarise(spec.commandLine().getOut());
            return run.exitCode();
        }
    }
}

package org.factline.app;

import java.util.concurrent.Callable;
import org.factline.knowledge.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Read articles and store them. Each article is stored in its own transaction: a bad one never "
                + "stops the others, and an article already stored is counted as a duplicate, not stored twice.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input went in", "1:some inputs failed (the others are stored)", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  factline ingest examples/kursk",
            "  factline ingest 'dumps/*.jsonl.gz' crawl.warc.gz",
            "  curl -s https://example.org/feed.xml | factline ingest -",
            "  factline --db jdbc:postgresql://localhost/factline ingest news/   (see factline ingest --help for --db)"
        })
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptionsMixin store;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        try (ArticleStore articles = store.options.open()) {
            IngestRun run = new IngestRun(articles, spec.commandLine().getErr(), !noProgress).run(input.paths, input.limits());
            run.summarise(spec.commandLine().getOut());
            return run.exitCode();
        }
    }
}

package org.factline.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factline.knowledge.store.AnalysisSummary;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Factline's main job: ingest the articles (store and analyse them, as factline ingest does), then print "
                + "what is known about them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input went in, was analysed and indexed",
            "1:some inputs, analyses or index updates failed (the others are stored)", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  factline run examples/kursk", "  factline run --data /tmp/kursk-data examples/kursk"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    StoreOptionsMixin store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore articles = store.options.open();
             IndexUpdates index = IndexUpdates.open(store.options.indexFolder(), articles)) {
            IngestRun run = new IngestRun(articles, index, spec.commandLine().getErr(), IngestRun.Options.defaults())
                    .run(input.paths, input.limits());
            run.summarise(out);
            if (!run.articleIds().isEmpty()) {
                out.println();
                out.println("Articles");
                EntitySummary entities = new EntitySummary();
                for (String id : run.articleIds()) {
                    Article a = articles.get(id).orElse(null);
                    if (a == null) {
                        continue;
                    }
                    out.println(ArticleTable.describe(a));
                    articles.analysisSummary(id).ifPresent(s -> out.println(found(s)));
                    articles.analysis(id).ifPresent(entities::add);
                }
                out.println();
                out.println("Who and what they name (mentions, in how many articles)");
                entities.print(out);
            }
            return run.exitCode();
        }
    }

    /** What the stored analysis of an article holds, under its line in the list of articles. */
    private static String found(AnalysisSummary s) {
        return String.format("  %24sfound %d entities (%d mentions), %d time expressions, %d claims, %d events,"
                + " %d figures", "", s.entities(), s.mentions(), s.timexes(), s.claims(), s.events(), s.quantities());
    }
}

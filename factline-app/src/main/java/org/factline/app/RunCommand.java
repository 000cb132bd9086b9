package org.factline.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Factline's main job: ingest the articles, then print what is known about them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input went in", "1:some inputs failed (the others are stored)", "2:usage error"},
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
        try (ArticleStore articles = store.options.open()) {
            IngestRun run = new IngestRun(articles, spec.commandLine().getErr(), true).run(input.paths, input.limits());
            run.summarise(out);
            if (!run.articles().isEmpty()) {
                out.println();
                out.println("Articles");
                for (Article a : run.articles()) {
                    out.println(ArticleTable.describe(a));
                }
                out.println();
                out.println("Who and what they name (mentions, in how many articles)");
                EntitySummary entities = new EntitySummary();
                Analyser analyser = new Analyser(0, entities::add);
                run.articles().forEach(analyser::add);
                analyser.flush();
                entities.print(out);
            }
            return run.exitCode();
        }
    }
}

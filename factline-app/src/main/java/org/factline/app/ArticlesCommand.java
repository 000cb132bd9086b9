package org.factline.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.ArticleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "articles",
        mixinStandardHelpOptions = true,
        description = "List the stored articles: id, publication date and how it is known, language, outlet, title.",
        footerHeading = "%nExamples:%n",
        footer = {"  factline articles", "  factline articles --data /srv/factline"})
final class ArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore articles = store.options.open()) {
            List<ArticleSummary> all = articles.list();
            if (all.isEmpty()) {
                out.println("No articles in " + articles.describe() + ". Add some with: factline ingest PATH");
                return 0;
            }
            out.println(ArticleTable.header());
            all.forEach(a -> out.println(ArticleTable.row(a)));
            out.printf("%d article%s in %s%n", all.size(), all.size() == 1 ? "" : "s", articles.describe());
        }
        return 0;
    }
}

package org.factline.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.factline.app.views.CorpusJson;
import org.factline.knowledge.corpus.Contradiction;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "contradictions",
        mixinStandardHelpOptions = true,
        description = {"Where the stored articles' sources disagree or change their story: figures for the same thing"
                + " beyond their vagueness (quantity), one asserts what another denies (existence), the same party"
                + " denies then confirms (denial-vs-confirmation), a withdrawal then fighting again (status-change).",
                "Each side names its article, source, words and date. --as-of shows only what had been reported by a date."},
        footerHeading = "%nExamples:%n",
        footer = {"  factline contradictions", "  factline contradictions --format json > contradictions.json",
                "  factline contradictions --as-of 2025-02-01"})
final class ContradictionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Mixin
    CorpusOptions view;

    @Override
    public Integer call() {
        view.check(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus = CorpusViews.read(spec.commandLine(), store.options, view.asOf);
        if (corpus == null) {
            return 1;
        }
        List<Contradiction> found = corpus.contradictions();
        if (view.json()) {
            out.println(json(found));
        } else {
            text(out, found, corpus.analyses().size());
        }
        return 0;
    }

    static String json(List<Contradiction> found) {
        return CorpusViews.json(CorpusJson.contradictions(found));
    }

    private static void text(PrintWriter out, List<Contradiction> found, int articles) {
        if (found.isEmpty()) {
            out.printf("No disagreements found among %d analysed article%s.%n", articles, articles == 1 ? "" : "s");
            return;
        }
        for (Contradiction c : found) {
            out.printf("%s — %s%n", c.kind().label().toUpperCase(java.util.Locale.ROOT), Terminal.safe(c.topic()));
            out.println("  " + line(c.a()));
            out.println("  " + line(c.b()));
            out.println("  " + Terminal.safe(c.why()));
            out.println();
        }
        out.printf("%d disagreement%s among %d analysed article%s.%n", found.size(), found.size() == 1 ? "" : "s", articles,
                articles == 1 ? "" : "s");
    }

    private static String line(Statement s) {
        return CorpusViews.who(s) + ": “" + Terminal.safe(s.says()) + "”";
    }
}

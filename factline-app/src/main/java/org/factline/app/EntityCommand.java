package org.factline.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.factline.app.views.EntityView;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "entity",
        mixinStandardHelpOptions = true,
        description = "One entity across the stored articles: its canonical name, every spelling used, where it is, the offices it held,"
                + " the articles that name it, the claims it makes and those about it, and the events it takes part in.",
        footerHeading = "%nExamples:%n",
        footer = {"  factline entity Guerassimov", "  factline entity Koursk --format json"})
final class EntityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Parameters(paramLabel = "NAME", description = "any spelling: Guérassimov, Gerasimov, Koursk, Kursk …")
    String name;

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
        CorpusEntity e = CorpusViews.entity(spec.commandLine(), corpus, name);
        EntityView v = EntityView.of(corpus, e);
        if (view.json()) {
            out.println(CorpusViews.json(v.json()));
            return 0;
        }
        out.printf("%s (%s, %s)%n", Terminal.safe(e.name()), e.type(), e.known() ? e.id() : "not in the knowledge base");
        out.println("  spellings: " + Terminal.safe(String.join(", ", e.spellings())));
        if (e.place() != null) {
            out.printf("  place: %.4f, %.4f (%s)%n", e.place().lat(), e.place().lon(), e.place().country());
        }
        for (Map<String, Object> r : v.roles()) {
            out.printf("  %s of %s, %s – %s%n", r.get("role"), Terminal.safe(String.valueOf(r.get("of"))),
                    r.get("from") == null ? "?" : r.get("from"), r.get("to") == null ? "" : r.get("to"));
        }
        List<String> docs = v.articles();
        out.println("  named in " + docs.size() + " article" + (docs.size() == 1 ? "" : "s") + ": " + String.join(", ", docs));
        section(out, "Claims by " + e.name(), v.by());
        section(out, "Claims about " + e.name(), v.about());
        section(out, "Events", v.events());
        return 0;
    }

    private static void section(PrintWriter out, String title, List<Timeline.Entry> entries) {
        out.println();
        out.println(Terminal.safe(title) + " (" + entries.size() + ")");
        TimelineCommand.print(out, entries);
    }
}

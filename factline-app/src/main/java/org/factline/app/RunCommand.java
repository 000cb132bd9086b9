package org.factline.app;

import org.factline.app.views.CorpusLoader;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.knowledge.corpus.Contradiction;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.Statement;
import org.factline.knowledge.corpus.Timeline;
import org.factline.model.Analysis;
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
            if (!run.articleIds().isEmpty() && run.stopped() == null) {
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
                summarise(out, articles, run.articleIds());
            }
            return run.exitCode();
        }
    }

    /** Of the articles read: the timeline of events, the key claims by speaker, the disagreements. */
    private static void summarise(PrintWriter out, ArticleStore articles, List<String> ids) {
        List<Analysis> analyses = new ArrayList<>();
        for (String id : ids) {
            articles.analysis(id).ifPresent(analyses::add);
        }
        if (analyses.isEmpty()) {
            return;
        }
        Corpus corpus = Corpus.of(analyses, CorpusLoader.parties(KnowledgeBase.standard()));
        List<Timeline.Entry> events = Timeline.of(corpus, Timeline.Query.all()).stream().filter(e -> e.kind().equals("event")).toList();
        out.println();
        out.println("Timeline (what happened, when, on whose word; factline timeline for claims too)");
        TimelineCommand.print(out, events);

        out.println();
        out.println("Key claims by speaker (factline claims --speaker NAME for all)");
        Map<String, List<Timeline.Entry>> bySpeaker = new LinkedHashMap<>();
        for (Timeline.Entry e : Timeline.of(corpus, new Timeline.Query(null, "claim", null, null))) {
            Statement s = e.reports().getFirst().statement();
            bySpeaker.computeIfAbsent(s.source().name(), k -> new ArrayList<>()).add(e);
        }
        bySpeaker.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size()).limit(8).forEach(speaker -> {
            out.printf("  %s (%d claim%s)%n", Terminal.safe(speaker.getKey()), speaker.getValue().size(), speaker.getValue().size() == 1 ? "" : "s");
            speaker.getValue().stream().limit(3).forEach(e -> {
                Statement s = e.reports().getFirst().statement();
                out.printf("    %s%s: “%s”%n", e.valid() == null ? "" : e.valid() + " ", e.type(),
                        Terminal.safe(TimelineCommand.shorten(s.says(), 140)));
            });
        });

        out.println();
        out.println("Disagreements (factline contradictions --format json for the record)");
        List<Contradiction> found = corpus.contradictions();
        if (found.isEmpty()) {
            out.println("  none found");
        }
        for (Contradiction c : found) {
            out.printf("  %s — %s%n", c.kind().label(), Terminal.safe(c.topic()));
            out.println("    " + CorpusViews.who(c.a()) + ": “" + Terminal.safe(TimelineCommand.shorten(c.a().says(), 120)) + "”");
            out.println("    " + CorpusViews.who(c.b()) + ": “" + Terminal.safe(TimelineCommand.shorten(c.b().says(), 120)) + "”");
        }
    }

    /** What the stored analysis of an article holds, under its line in the list of articles. */
    private static String found(AnalysisSummary s) {
        return String.format("  %24sfound %d entities (%d mentions), %d time expressions, %d claims, %d events,"
                + " %d figures", "", s.entities(), s.mentions(), s.timexes(), s.claims(), s.events(), s.quantities());
    }
}

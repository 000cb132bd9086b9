package org.factline.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.factline.app.views.Claims;
import org.factline.app.views.CorpusJson;
import org.factline.knowledge.corpus.ClaimThread;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "claims",
        mixinStandardHelpOptions = true,
        description = "What was claimed in the stored articles, by whom and when, in date order: speaker, stance, words, article.",
        footerHeading = "%nExamples:%n",
        footer = {"  factline claims --speaker Zelensky", "  factline claims --threads", "  factline claims --about 'Corée du Nord' --as-of 2025-03-01"})
final class ClaimsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Option(names = "--speaker", paramLabel = "NAME", description = "only claims by this speaker (any spelling, or a country for its officials)")
    String speaker;

    @Option(names = "--about", paramLabel = "ENTITY", description = "only claims whose words name this entity")
    String about;

    @Option(names = "--threads", description = "group claims by proposition: each source's stance on it over time")
    boolean threads;

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
        if (threads) {
            printThreads(out, corpus.threads());
            return 0;
        }
        CorpusEntity aboutEntity = about == null ? null : CorpusViews.entity(spec.commandLine(), corpus, about);
        CorpusEntity by = speaker == null ? null : CorpusViews.entity(spec.commandLine(), corpus, speaker);
        List<Timeline.Entry> claims = Claims.of(corpus, aboutEntity, by, null, null);
        if (view.json()) {
            out.println(CorpusViews.json(Map.of("claims", claims.stream().map(CorpusJson::entry).toList())));
            return 0;
        }
        TimelineCommand.print(out, claims);
        out.printf("%d claim%s.%n", claims.size(), claims.size() == 1 ? "" : "s");
        return 0;
    }

    private void printThreads(PrintWriter out, List<ClaimThread> found) {
        if (view.json()) {
            out.println(CorpusViews.json(Map.of("threads", found.stream().map(CorpusJson::thread).toList())));
            return;
        }
        for (ClaimThread t : found) {
            out.println(Terminal.safe(t.proposition()));
            for (ClaimThread.Stance st : t.stances()) {
                out.printf("  %-7s %s: “%s”%n", st.denies() ? "DENIES" : "asserts", CorpusViews.who(st.statement()),
                        Terminal.safe(TimelineCommand.shorten(st.statement().says(), 140)));
            }
            out.println();
        }
        out.printf("%d thread%s.%n", found.size(), found.size() == 1 ? "" : "s");
    }
}

package org.factline.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Timeline;
import org.factline.knowledge.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "claims",
        mixinStandardHelpOptions = true,
        description = "What was claimed in the stored articles, by whom and when, in date order: speaker, stance, words, article.",
        footerHeading = "%nExamples:%n",
        footer = {"  factline claims --speaker Zelensky", "  factline claims --about 'Corée du Nord' --as-of 2025-03-01"})
final class ClaimsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Option(names = "--speaker", paramLabel = "NAME", description = "only claims by this speaker (any spelling, or a country for its officials)")
    String speaker;

    @Option(names = "--about", paramLabel = "ENTITY", description = "only claims whose words name this entity")
    String about;


    @Mixin
    CorpusOptions view;

    @Override
    public Integer call() {
        view.check(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore articles = store.options.open()) {
            Corpus corpus = CorpusViews.load(articles, view.asOf);
            CorpusEntity aboutEntity = about == null ? null : CorpusViews.entity(spec.commandLine(), corpus, about);
            CorpusEntity by = speaker == null ? null : CorpusViews.entity(spec.commandLine(), corpus, speaker);
            List<Timeline.Entry> claims = Timeline.of(corpus, new Timeline.Query(aboutEntity, "claim", null, null)).stream()
                    .filter(e -> by == null || e.reports().stream().anyMatch(r -> spokenBy(corpus, r, by)))
                    .toList();
            if (view.json()) {
                out.println(CorpusViews.json(Map.of("claims", claims.stream().map(CorpusViews::entry).toList())));
                return 0;
            }
            TimelineCommand.print(out, claims);
            out.printf("%d claim%s.%n", claims.size(), claims.size() == 1 ? "" : "s");
        }
        return 0;
    }

    /** Said by the entity, or by someone who speaks for it when it is a country ("Russia": Moscow, Gerasimov). */
    private static boolean spokenBy(Corpus corpus, Timeline.Report r, CorpusEntity who) {
        String id = r.statement().source().entityId();
        if (id != null && who.ids().contains(id)) {
            return true;
        }
        return who.ids().contains(r.statement().source().party()) || who.isNamed(r.statement().source().name());
    }
}

package org.factline.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.factline.app.views.CorpusJson;
import org.factline.app.views.ViewParameters;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        description = {"Events and claims of the stored articles in the order they happened or were said (undated ones when"
                + " reported), each with its reports — source, date, article — and a mark when sources disagree about it."},
        footerHeading = "%nExamples:%n",
        footer = {"  factline timeline", "  factline timeline --about Koursk --type ATTACK",
                "  factline timeline --from 2025-01 --to 2025-02 --as-of 2025-02-07 --format json"})
final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Option(names = "--about", paramLabel = "ENTITY", description = "only what involves this entity (any spelling)")
    String about;

    @Option(names = "--type", paramLabel = "TYPE", description = "an event type (ATTACK, WITHDRAW, …) or CLAIM")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "up to this date, inclusive")
    String to;

    @Mixin
    CorpusOptions view;

    @Override
    public Integer call() {
        view.check(spec.commandLine());
        CorpusViews.checkDate(spec.commandLine(), "--from", from);
        CorpusViews.checkDate(spec.commandLine(), "--to", to);
        try {
            ViewParameters.checkTimelineType("--type", type);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus = CorpusViews.read(spec.commandLine(), store.options, view.asOf);
        if (corpus == null) {
            return 1;
        }
        CorpusEntity entity = about == null ? null : CorpusViews.entity(spec.commandLine(), corpus, about);
        List<Timeline.Entry> entries = Timeline.of(corpus, new Timeline.Query(entity, type, from, to));
        if (view.json()) {
            out.println(CorpusViews.json(CorpusJson.timeline(view.asOf, corpus, entries.stream().map(CorpusJson::entry).toList())));
            return 0;
        }
        print(out, entries);
        out.printf("%d entr%s from %d analysed article%s%s.%n", entries.size(), entries.size() == 1 ? "y" : "ies",
                corpus.analyses().size(), corpus.analyses().size() == 1 ? "" : "s", view.asOf == null ? "" : ", as of " + view.asOf);
        return 0;
    }

    static void print(PrintWriter out, List<Timeline.Entry> entries) {
        for (Timeline.Entry e : entries) {
            String when = e.valid() == null ? "(undated)" : e.valid();
            String mark = e.disputed().isEmpty() ? "" : "  ⚠ " + String.join(", ", e.disputed());
            if (e.kind().equals("event")) {
                out.printf("%-12s %s%s%n", when, Terminal.safe(e.summary()), mark);
            } else {
                out.printf("%-12s %s (%s)%s%n", when, Terminal.safe(e.summary()), e.type(), mark);
            }
            for (Timeline.Report r : e.reports()) {
                out.printf("             %s%s: “%s”%n", r.denied() ? "DENIES — " : "", CorpusViews.who(r.statement()),
                        Terminal.safe(shorten(r.statement().says(), 160)));
            }
        }
    }

    static String shorten(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}

package org.factline.app;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
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
        List<Timeline.Entry> all = Timeline.of(corpus, new Timeline.Query(e, null, null, null));
        List<Timeline.Entry> by = all.stream().filter(x -> x.kind().equals("claim")
                && x.reports().stream().anyMatch(r -> e.ids().contains(r.statement().source().entityId()))).toList();
        List<Timeline.Entry> about = all.stream().filter(x -> x.kind().equals("claim") && !by.contains(x)).toList();
        List<Timeline.Entry> events = all.stream().filter(x -> x.kind().equals("event")).toList();
        List<Map<String, Object>> roles = roles(e);
        List<String> docs = corpus.analyses().stream().filter(a -> e.articles().contains(a.article().id()))
                .map(a -> a.article().doc()).toList();
        if (view.json()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", e.id());
            o.put("name", e.name());
            o.put("type", e.type().name());
            o.put("known", e.known());
            o.put("aliases", e.aliases());
            o.put("spellings", e.spellings());
            if (e.place() != null) {
                o.put("lat", e.place().lat());
                o.put("lon", e.place().lon());
                o.put("country", e.place().country());
            }
            o.put("roles", roles);
            o.put("articles", docs);
            o.put("claims_by", by.stream().map(CorpusViews::entry).toList());
            o.put("claims_about", about.stream().map(CorpusViews::entry).toList());
            o.put("events", events.stream().map(CorpusViews::entry).toList());
            out.println(CorpusViews.json(o));
            return 0;
        }
        out.printf("%s (%s, %s)%n", Terminal.safe(e.name()), e.type(), e.known() ? e.id() : "not in the knowledge base");
        out.println("  spellings: " + Terminal.safe(String.join(", ", e.spellings())));
        if (e.place() != null) {
            out.printf("  place: %.4f, %.4f (%s)%n", e.place().lat(), e.place().lon(), e.place().country());
        }
        for (Map<String, Object> r : roles) {
            out.printf("  %s of %s, %s – %s%n", r.get("role"), Terminal.safe(String.valueOf(r.get("of"))),
                    r.get("from") == null ? "?" : r.get("from"), r.get("to") == null ? "" : r.get("to"));
        }
        out.println("  named in " + docs.size() + " article" + (docs.size() == 1 ? "" : "s") + ": " + String.join(", ", docs));
        section(out, "Claims by " + e.name(), by);
        section(out, "Claims about " + e.name(), about);
        section(out, "Events", events);
        return 0;
    }

    /** The offices the knowledge base knows it held, with their dates ("head_of_state of Russia, 2012-05-07 –"). */
    private static List<Map<String, Object>> roles(CorpusEntity e) {
        KnowledgeBase kb = KnowledgeBase.standard();
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        kb.byId(e.id()).ifPresent(k -> k.roles().forEach(r -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("role", r.role().name().toLowerCase(java.util.Locale.ROOT));
            o.put("of", kb.byId(r.of()).map(KbEntity::name).orElse(r.of()));
            o.put("from", r.from() == null ? null : r.from().toString());
            o.put("to", r.to() == null ? null : r.to().toString());
            out.add(o);
        }));
        return out;
    }

    private static void section(PrintWriter out, String title, List<Timeline.Entry> entries) {
        out.println();
        out.println(Terminal.safe(title) + " (" + entries.size() + ")");
        TimelineCommand.print(out, entries);
    }
}

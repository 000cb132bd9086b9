package org.factline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Dates;
import org.factline.knowledge.corpus.Statement;
import org.factline.knowledge.corpus.Timeline;
import org.factline.knowledge.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** What the commands over the whole corpus share: loading it as of a date, finding an entity, writing statements. */
final class CorpusViews {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CorpusViews() {
    }

    static void checkDate(CommandLine cli, String option, String value) {
        if (value != null && !Dates.isCalendar(value)) {
            throw new ParameterException(cli, option + " must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not '" + value + "'");
        }
        if (value != null) {
            try {
                Dates.first(value);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cli, option + ": " + e.getMessage());
            }
        }
    }

    static void checkFormat(CommandLine cli, String format) {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(cli, "--format must be text or json, not '" + format + "'");
        }
    }

    /**
     * Whether there is a store to read: for a data folder with none, says so on the error stream (how to make
     * one) and returns false, creating nothing.
     */
    static boolean storeExists(picocli.CommandLine cli, StoreOptions options) {
        java.nio.file.Path missing = options.missingEmbeddedStore();
        if (missing == null) {
            return true;
        }
        cli.getErr().println("There are no Factline data in " + missing + " yet. Add articles with: factline ingest PATH --data "
                + missing);
        return false;
    }

    /**
     * The stored corpus as of a date (all of it when {@code asOf} is null), read and the store closed again;
     * null when there is no store, which {@link #storeExists} has then said.
     */
    static Corpus read(picocli.CommandLine cli, StoreOptions options, String asOf) {
        if (!storeExists(cli, options)) {
            return null;
        }
        try (ArticleStore articles = options.open()) {
            return load(articles, asOf);
        }
    }

    static Corpus load(ArticleStore store, String asOf) {
        Corpus corpus = CorpusLoader.load(store);
        return asOf == null ? corpus : corpus.asOf(asOf);
    }

    /** The one entity the user's words name, or a usage error listing the candidates. */
    static CorpusEntity entity(CommandLine cli, Corpus corpus, String words) {
        List<CorpusEntity> found = corpus.find(words);
        if (found.isEmpty()) {
            String shown = Terminal.safe(words.length() > 80 ? words.substring(0, 80) + "…" : words);
            throw new ParameterException(cli, "No entity named '" + shown + "' in the stored articles."
                    + " Try another spelling, or: factline search \"" + shown + "\"");
        }
        return found.stream().filter(CorpusEntity::known).findFirst().orElse(found.getFirst());
    }

    static Map<String, Object> statement(Statement s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("doc", s.doc());
        o.put("article", s.articleId());
        o.put("source", s.source().narrator() ? "narrator" : s.source().name());
        if (s.source().narrator()) {
            o.put("outlet", s.source().name());
        }
        o.put("source_id", s.source().entityId());
        o.put("says", s.says());
        o.put("date", s.date());
        o.put("reported", s.reported());
        o.put("start", s.evidence() == null ? null : s.evidence().start());
        o.put("end", s.evidence() == null ? null : s.evidence().end());
        return o;
    }

    static Map<String, Object> entry(Timeline.Entry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", e.kind());
        o.put("type", e.type());
        o.put("date", e.valid());
        o.put("summary", e.summary());
        o.put("disputed", e.disputed());
        o.put("reports", e.reports().stream().map(r -> {
            Map<String, Object> x = statement(r.statement());
            x.put("denied", r.denied());
            return x;
        }).toList());
        return o;
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Valery Gerasimov, 2025-04-26 [000_…]" — or the outlet when it states it. */
    static String who(Statement s) {
        String when = s.date() != null ? s.date() : "reported " + (s.reported() == null ? "?" : s.reported());
        String who = s.source().narrator() ? s.source().name() + " (the outlet)" : s.source().name();
        return Terminal.safe(who + ", " + when + " [" + s.doc() + "]");
    }
}

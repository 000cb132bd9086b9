package org.factline.app;

import org.factline.app.views.CorpusLoader;
import org.factline.app.views.EntityView;
import org.factline.app.views.Json;
import org.factline.app.views.ViewParameters;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.corpus.CorpusEntity;
import org.factline.knowledge.corpus.Statement;
import org.factline.knowledge.store.ArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** What the commands over the whole corpus share: loading it as of a date, finding an entity, writing statements. */
final class CorpusViews {

    private CorpusViews() {
    }

    static void checkDate(CommandLine cli, String option, String value) {
        try {
            ViewParameters.checkDate(option, value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage());
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

    /** The stored corpus as of a date, with a progress bar on a terminal while the analyses are read. */
    static Corpus load(ArticleStore store, String asOf) {
        Corpus corpus;
        long total = store.analysisCount();
        try (IngestProgress bar = IngestProgress.start("Reading analyses", (int) Math.min(total, Integer.MAX_VALUE),
                System.err, total >= PROGRESS_FROM)) {
            corpus = CorpusLoader.load(store, bar::advance);
        }
        return asOf == null ? corpus : corpus.asOf(asOf);
    }

    /** Fewer analyses than this are read in about a second: no bar. */
    private static final int PROGRESS_FROM = 2_000;

    /** The one entity the user's words name, or a usage error listing the candidates. */
    static CorpusEntity entity(CommandLine cli, Corpus corpus, String words) {
        return EntityView.named(corpus, words).orElseThrow(() -> {
            String shown = Terminal.safe(words.length() > 80 ? words.substring(0, 80) + "…" : words);
            return new ParameterException(cli, "No entity named '" + shown + "' in the stored articles."
                    + " Try another spelling, or: factline search \"" + shown + "\"");
        });
    }

    static String json(Object o) {
        return Json.indented(o);
    }

    /** "Valery Gerasimov, 2025-04-26 [000_…]" — or the outlet when it states it. */
    static String who(Statement s) {
        String when = s.date() != null ? s.date() : "reported " + (s.reported() == null ? "?" : s.reported());
        String who = s.source().narrator() ? s.source().name() + " (the outlet)" : s.source().name();
        return Terminal.safe(who + ", " + when + " [" + s.doc() + "]");
    }
}

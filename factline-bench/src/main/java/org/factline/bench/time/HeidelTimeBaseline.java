package org.factline.bench.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.bench.HeapMeter;
import org.factline.ingest.IngestListener;
import org.factline.ingest.Ingestor;
import org.factline.ingest.read.ReadLimits;
import org.factline.model.Article;
import org.factline.model.PublicationDate;

/**
 * A HeidelTime 2.1 baseline for Factline's time-expression normaliser: reads articles with Factline's
 * own ingest (so texts, offsets and publication dates are those Factline analyses), tags each with
 * HeidelTime, and writes one JSON line per article in the shape of {@code factline extract}
 * ({@code doc}, {@code id}, {@code lang}, {@code published}, {@code timex}), which
 * {@code shared/tools/score.py GOLD_DIR OUT.jsonl} scores.
 *
 * <pre>
 * HeidelTimeBaseline [--lang fr|en|auto] --out FILE.jsonl PATH...
 * </pre>
 *
 * <p>{@code --lang auto} (the default) uses each article's detected language. The document creation
 * time is the first day of the article's publication date; an article without one is processed as
 * narrative. One bad article is reported on stderr and skipped. At the end it prints the number of
 * articles and expressions, the time taken, articles per second and the peak heap.
 */
public final class HeidelTimeBaseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeidelTimeBaseline() {
    }

    public static void main(String[] args) throws IOException {
        String lang = "auto";
        Path out = null;
        List<String> inputs = new ArrayList<>();
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--lang" -> lang = value(args, ++k, "--lang").toLowerCase(Locale.ROOT);
                case "--out" -> out = Path.of(value(args, ++k, "--out"));
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    if (args[k].startsWith("--")) {
                        usageError("unknown option " + args[k]);
                    }
                    inputs.add(args[k]);
                }
            }
        }
        if (out == null || inputs.isEmpty()) {
            usageError("an input path and --out FILE.jsonl are needed");
        }
        Language forced = null;
        if (!lang.equals("auto")) {
            forced = HeidelTimeTagger.language(lang);
            if (forced == null) {
                usageError("--lang must be fr, en, auto or another ISO code HeidelTime knows, not " + lang);
            }
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }

        HeapMeter.resetPeak();
        long t0 = System.nanoTime();
        HeidelTimeTagger tagger = new HeidelTimeTagger();
        Run run;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            run = new Run(tagger, forced, w);
            new Ingestor(ReadLimits.defaults()).ingest(inputs, run);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double tagSeconds = run.tagNanos / 1e9;
        System.out.printf(Locale.ROOT, "HeidelTime 2.1 baseline (%s): %s%n", lang, out);
        System.out.printf(Locale.ROOT, "articles     %d (%d failed or skipped)%n", run.articles, run.failures);
        System.out.printf(Locale.ROOT, "expressions  %d%n", run.expressions);
        System.out.printf(Locale.ROOT, "seconds      %.2f (HeidelTime alone %.2f, its set-up %.2f)%n", seconds, tagSeconds,
                run.setupNanos / 1e9);
        System.out.printf(Locale.ROOT, "articles/s   %.1f (HeidelTime alone %.1f)%n", run.articles / seconds,
                tagSeconds > 0 ? run.articles / tagSeconds : 0.0);
        System.out.printf(Locale.ROOT, "peak heap    %d MB%n", HeapMeter.peakMb());
    }

    /** Tags each article as ingest delivers it and writes its line. */
    private static final class Run implements IngestListener {
        private final HeidelTimeTagger tagger;
        private final Language forced;
        private final BufferedWriter out;
        private final java.util.Set<String> languagesSetUp = new java.util.HashSet<>();
        int articles;
        int failures;
        long expressions;
        long tagNanos;
        long setupNanos;

        Run(HeidelTimeTagger tagger, Language forced, BufferedWriter out) {
            this.tagger = tagger;
            this.forced = forced;
            this.out = out;
        }

        @Override
        public void article(Article a) {
            Language language = forced != null ? forced : HeidelTimeTagger.language(a.language().code());
            if (language == null) {
                failures++;
                System.err.println(a.doc() + ": skipped, HeidelTime has no rules for language '" + a.language().code() + "'");
                return;
            }
            PublicationDate published = a.published();
            LocalDate dct = published == null ? null : published.earliestDay();
            if (dct == null) {
                System.err.println(a.doc() + ": no publication date, processed as narrative");
            }
            List<TimeMlSpans.Timex> timex;
            try {
                long t = System.nanoTime();
                timex = tagger.tag(a.text(), language, dct);
                long spent = System.nanoTime() - t;
                // The first article of a language and document type pays for loading HeidelTime's rules.
                if (languagesSetUp.add(language.getName() + "/" + (dct == null))) {
                    setupNanos += spent;
                } else {
                    tagNanos += spent;
                }
            } catch (Exception | StackOverflowError e) {
                failures++;
                System.err.println(a.doc() + ": HeidelTime failed: " + e);
                return;
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("doc", a.doc());
            o.put("id", a.id());
            o.put("lang", a.language().code());
            o.put("heideltime_lang", language.getName());
            o.put("published", published == null ? null : published.value());
            o.put("dct", dct == null ? null : dct.toString());
            List<Map<String, Object>> items = new ArrayList<>();
            for (TimeMlSpans.Timex x : timex) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("text", x.text());
                m.put("start", x.start());
                m.put("end", x.end());
                m.put("type", x.type());
                m.put("value", x.value());
                if (x.mod() != null) {
                    m.put("mod", x.mod());
                }
                if (x.quant() != null) {
                    m.put("quant", x.quant());
                }
                if (x.freq() != null) {
                    m.put("freq", x.freq());
                }
                items.add(m);
            }
            o.put("timex", items);
            try {
                out.write(JSON.writeValueAsString(o));
                out.newLine();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the output", e);
            }
            articles++;
            expressions += timex.size();
        }

        @Override
        public void failure(String location, String reason) {
            failures++;
            System.err.println(location + ": not read: " + reason);
        }
    }

    private static String value(String[] args, int k, String option) {
        if (k >= args.length) {
            usageError(option + " needs a value");
        }
        return args[k];
    }

    private static void usage() {
        System.out.println("usage: HeidelTimeBaseline [--lang fr|en|auto] --out FILE.jsonl PATH...");
    }

    private static void usageError(String message) {
        System.err.println(message);
        System.err.println("usage: HeidelTimeBaseline [--lang fr|en|auto] --out FILE.jsonl PATH...");
        System.exit(2);
    }
}

package org.factline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.factline.extract.eval.NerEvaluation;
import org.factline.extract.eval.NerFormat;
import org.factline.extract.eval.NerScores;
import org.factline.extract.eval.NerSentence;
import org.factline.extract.eval.NerTagger;
import org.factline.extract.eval.NerTaggers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "ner",
        mixinStandardHelpOptions = true,
        description = {"Score a named-entity tagger on annotated sentences: exact-span precision, recall and F1 per "
                + "type (PER, LOC, ORG, MISC) and micro-averaged, as conlleval computes them, plus the micro figure "
                + "over PER, LOC and ORG only (data sets disagree on MISC).",
            "The tagger sees the data set's own tokens, one sentence at a time."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "1:the file is missing or unreadable, or the tagger failed", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  factline eval ner en_ewt-ud-dev.iob2 --format iob2 --lang en",
            "  factline eval ner newseye-dev-fr.tsv --format hipe --lang fr --tagger factline",
            "  factline eval ner val.conllu --format conll --lang fr --limit 2000",
            "",
            "Formats:",
            "  iob2   Universal NER: index, token, label; # comments",
            "  hipe   HIPE-2022 TSV: labels from NE-COARSE-LIT",
            "  conll  WikiNEuRal: index, token, label; or CoNLL-U with NER= in MISC"})
final class EvalNerCommand implements Callable<Integer> {

    /** Sentences handed to the tagger at once: enough to keep CoreNLP busy, few enough for a lively bar. */
    static final int BATCH = 64;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The annotated data.")
    Path file;

    @Option(names = "--format", required = true, description = "Format of FILE: ${COMPLETION-CANDIDATES}.")
    NerFormat format;

    @Option(names = "--lang", required = true, paramLabel = "CODE", description = "Language of FILE: fr or en.")
    String language;

    @Option(names = "--tagger", defaultValue = "corenlp", paramLabel = "NAME",
            description = "The tagger to score: corenlp (CoreNLP's statistical tagger alone) or factline "
                    + "(Factline's whole mention layer) (default: ${DEFAULT-VALUE}).")
    String taggerName;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences.")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Tag on N threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        NerTagger tagger = NerTaggers.create(taggerName).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no tagger named '" + taggerName + "' (available: " + String.join(", ", NerTaggers.names()) + ")"));
        List<NerSentence> sentences;
        try {
            sentences = format.read(file);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (limit != null && limit < sentences.size()) {
            sentences = sentences.subList(0, limit);
        }
        NerEvaluation evaluation = score(tagger, sentences);
        print(evaluation.scores(), sentences);
        return 0;
    }

    private NerEvaluation score(NerTagger tagger, List<NerSentence> sentences) throws InterruptedException, ExecutionException {
        NerEvaluation evaluation = new NerEvaluation();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
             ProgressBar bar = progressBar(sentences.size())) {
            List<Future<List<List<String>>>> batches = new ArrayList<>();
            for (int from = 0; from < sentences.size(); from += BATCH) {
                List<List<String>> tokens = sentences.subList(from, Math.min(from + BATCH, sentences.size()))
                        .stream().map(NerSentence::tokens).toList();
                batches.add(pool.submit(() -> tagger.tag(tokens, language)));
            }
            int next = 0;
            for (Future<List<List<String>>> batch : batches) {
                for (List<String> predicted : batch.get()) {
                    evaluation.add(sentences.get(next++), predicted);
                }
                if (bar != null) {
                    bar.stepTo(next);
                }
            }
        }
        return evaluation;
    }

    /** A bar on the terminal only: in a log or a pipe it would only fill it. */
    private ProgressBar progressBar(int sentences) {
        if (System.console() == null || sentences < 2 * BATCH) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName("Tagging")
                .setInitialMax(sentences)
                .setUnit(" sentences", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .showSpeed()
                .build();
    }

    private void print(NerScores scores, List<NerSentence> sentences) {
        PrintWriter out = spec.commandLine().getOut();
        long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
        out.printf("%s: %d sentences, %d tokens; tagger %s, language %s%n", file.getFileName(), sentences.size(), tokens,
                taggerName, language);
        out.printf("%-12s %6s %9s %7s %9s %6s %6s%n", "type", "gold", "predicted", "correct", "precision", "recall", "F1");
        for (Map.Entry<String, NerScores.Counts> e : scores.byType().entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        row(out, "micro", scores.micro());
        row(out, "PER/LOC/ORG", scores.microPerLocOrg());
        out.flush();
    }

    private static void row(PrintWriter out, String name, NerScores.Counts c) {
        out.printf("%-12s %6d %9d %7d %9.1f %6.1f %6.1f%n", name, c.gold(), c.predicted(), c.correct(),
                100 * c.precision(), 100 * c.recall(), 100 * c.f1());
    }
}

package org.factline.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.factline.app.export.Exports;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Analysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"Write the stored articles and what Factline found in them in a format analysts use:",
                "  jsonl      each analysed article, as factline extract --format jsonl",
                "  acled-csv  events in ACLED's 31 columns, for the types ACLED records",
                "  gdelt-tsv  events as GDELT 2.0 Events rows (61 columns, CAMEO codes)",
                "  jsonld     schema.org JSON-LD: articles, entities, events, claims, and",
                "             ClaimReviews of the disagreements",
                "  geojson    RFC 7946 FeatureCollection of the events with coordinates",
                "  timeml     one article's time expressions in its text (needs --article)",
                "The data goes to standard output, or to --output FILE (written whole or not at all).",
                "One line on standard error says what was written and what was left out, and why."},
        footerHeading = "%nExamples:%n",
        footer = {"  factline export --format acled-csv --output events.csv",
                "  factline export --format geojson --as-of 2025-03-01 > events.geojson",
                "  factline export --format jsonld --output corpus.jsonld --data /srv/fl",
                "  factline export --format timeml --article 000_bbddf157615b990c",
                "",
                "Exit code 0 when written, 1 when there is no store or no such article, 2 for a usage error."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, acled-csv, gdelt-tsv, jsonld, geojson or timeml")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "only what had been reported by the end of DATE (YYYY, YYYY-MM or YYYY-MM-DD); not for timeml")
    String asOf;

    @Option(names = "--article", paramLabel = "ID",
            description = "the article to export as timeml: its id, a unique prefix of it, or its document name")
    String article;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write to FILE (through a temporary file beside it, moved into place when complete)")
    Path output;

    @Override
    public Integer call() throws IOException {
        CommandLine cli = spec.commandLine();
        Exports.Format f = Exports.Format.of(format).orElseThrow(() -> new ParameterException(cli,
                "--format must be one of " + Exports.Format.ids() + ", not '" + format + "'"));
        String refusal = f.refusal("--article ID", article != null, "--as-of", asOf != null);
        if (refusal != null) {
            throw new ParameterException(cli, refusal);
        }
        CorpusViews.checkDate(cli, "--as-of", asOf);
        if (output != null) {
            Path folder = output.toAbsolutePath().getParent();
            if (Files.isDirectory(output) || folder == null || !Files.isDirectory(folder)) {
                throw new ParameterException(cli, "--output must be a file in an existing folder, not '" + output + "'");
            }
        }
        if (!CorpusViews.storeExists(cli, store.options)) {
            return 1;
        }
        Exports.Summary summary;
        if (f.perArticle()) {
            Analysis analysis;
            try (ArticleStore articles = store.options.open()) {
                analysis = articles.analysis(article).orElse(null);
                if (analysis == null) {
                    cli.getErr().println("factline: " + (articles.get(article).isPresent()
                            ? "article '" + article + "' has not been analysed (factline ingest analyses it)"
                            : "no article '" + article + "' in " + articles.describe() + " (factline articles lists them)"));
                    return 1;
                }
            }
            summary = write(out -> Exports.writeArticle(f, analysis, out));
        } else {
            Corpus corpus = CorpusViews.read(cli, store.options, asOf);
            if (corpus == null) {
                return 1;
            }
            summary = write(out -> Exports.write(f, corpus, out));
        }
        cli.getErr().println(f.id() + ": " + summary.describe() + (output == null ? "" : " to " + output));
        return 0;
    }

    private interface Export {
        Exports.Summary to(Writer out) throws IOException;
    }

    /** To standard output, or to the output file through a temporary file moved into place once complete. */
    private Exports.Summary write(Export export) throws IOException {
        if (output == null) {
            Writer out = spec.commandLine().getOut();
            Exports.Summary s = export.to(out);
            out.flush();
            return s;
        }
        Path target = output.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            Exports.Summary s;
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
                s = export.to(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return s;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}

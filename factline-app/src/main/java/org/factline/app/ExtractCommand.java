package org.factline.app;

import org.factline.app.views.ExtractJson;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factline.ingest.IngestListener;
import org.factline.ingest.Ingestor;
import org.factline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {"Read articles and print what Factline finds in each, without storing anything.",
            "One JSON object per article and per line, in input order, in the shape of the output contract "
                    + "(doc, lang, published, published_basis, title, outlet, url, …). Failures go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read and analysed", "1:some inputs or analyses failed (the others are printed)",
            "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  factline extract examples/kursk --format jsonl",
            "  factline extract news.jsonl --format jsonl > out.jsonl"})
final class ExtractCommand implements Callable<Integer> {

    enum OutputFormat { jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "Articles analysed at once (default: 2, or 1 on a single core).")
    int threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> failures = new ArrayList<>();
        Analyser analyser = new Analyser(threads, analysis -> {
            out.println(ExtractJson.line(analysis));
            out.flush();
        }, (article, e) -> {
            String failure = article.source().location() + " (" + article.doc() + "): analysis failed: "
                    + Analyser.reason(e);
            failures.add(failure);
            err.println("failed: " + failure);
        });
        new Ingestor(input.limits()).ingest(input.paths, new IngestListener() {
            @Override
            public void article(Article article) {
                analyser.add(article);
            }

            @Override
            public void failure(String location, String reason) {
                failures.add(location + ": " + reason);
                err.println("failed: " + location + ": " + reason);
            }

            @Override
            public void warning(String location, String message) {
                err.println("warning: " + location + ": " + message);
            }
        });
        analyser.flush();
        return failures.isEmpty() ? 0 : 1;
    }
}

package org.factline.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.factline.knowledge.store.ArticleStore;
import org.factline.model.Article;
import org.factline.model.Removal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = "Show one stored article: its metadata and its cleaned text.",
        footerHeading = "%nExamples:%n",
        footer = {"  factline show 3f2a9c       (an id, or its first characters)",
            "  factline show 003_fedd8152fb742624   (the document name)",
            "  factline show 3f2a9c --raw --removed"})
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptionsMixin store;

    @Parameters(paramLabel = "ID", description = "Article id, a unique prefix of it (6 characters or more), or the document name.")
    String id;

    @Option(names = "--raw", description = "Print the text as read, before cleaning, instead of the cleaned text.")
    boolean raw;

    @Option(names = "--removed", description = "Also list what cleaning removed (captions, bylines, boilerplate, header lines).")
    boolean removed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore articles = store.options.open()) {
            Article a = articles.get(id).orElse(null);
            if (a == null) {
                spec.commandLine().getErr().println("factline: no article '" + id + "' in " + articles.describe()
                        + " (factline articles lists them)");
                return 1;
            }
            out.println("id:        " + a.id());
            out.println("doc:       " + a.doc());
            out.println("title:     " + orDash(a.title()));
            out.println("published: " + ArticleTable.published(a.published()));
            out.println("language:  " + ArticleTable.language(a.language()));
            out.println("outlet:    " + orDash(a.outlet()));
            out.println("url:       " + orDash(a.url()));
            out.println("source:    " + a.source().location() + " (" + a.source().format() + ")");
            a.warnings().forEach(w -> out.println("warning:   " + w));
            out.println();
            out.println(raw ? a.rawText() : marked(a));
            if (removed && !a.removed().isEmpty()) {
                out.println();
                out.println("Removed by cleaning:");
                for (Removal r : a.removed()) {
                    out.println("  [" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + "] " + r.text());
                }
            }
        }
        return 0;
    }

    /** The cleaned text, paragraph by paragraph, headings and captions marked as such. */
    private static String marked(Article a) {
        StringBuilder out = new StringBuilder();
        for (var p : a.paragraphs()) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(a.isHeading(p) ? "## " : a.isCaption(p) ? "[caption] " : "").append(p.of(a.text()));
        }
        return out.toString();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}

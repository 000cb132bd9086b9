package org.factline.app;

import org.factline.app.views.SearchJson;
import org.factline.app.views.SearchParameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.factline.knowledge.search.SearchDocument.Kind;
import org.factline.knowledge.search.SearchIndex;
import org.factline.knowledge.search.SearchQuery;
import org.factline.knowledge.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = {"Search the stored articles, and the claims and events found in them, by their words and by "
                + "the names of who and what they mention, in any spelling: \"Gerasimov\" finds \"Valéri "
                + "Guérassimov\", \"Kursk\" finds \"Koursk\". Accents and case do not matter.",
            "Every word must match. \"a phrase\" in quotes, a | b for either, -word to exclude, pref* for words "
                + "that start so, word~1 for a spelling one letter off. Without words, lists what passes the "
                + "filters, by date.",
            "Each hit shows its kind, its date (when a claim was made or an event happened, an article's "
                + "publication date), its document (factline show DOC), the speaker or the event's type, and the "
                + "passage where it matched, the matches in bold on a terminal and in [brackets] elsewhere."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (whether or not anything was found)",
            "1:there is no search index yet, or it cannot be read", "2:bad query or option"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  factline search Guérassimov",
            "  factline search Kursk --type claim",
            "  factline search '\"soldats nord-coréens\"' --from 2025-02 --to 2025-04-30",
            "  factline search 'Zelensky -Trump' --type claim,event --lang fr --limit 50",
            "  factline search --type event --from 2025-04   (events since April 2025)",
            "  factline search Toretsk --format json",
            "  factline search -- -Trump Zelensky            (-- before a leading -)"
        })
final class SearchCommand implements Callable<Integer> {

    enum Type {
        article(Kind.ARTICLE), claim(Kind.CLAIM), event(Kind.EVENT);

        final Kind kind;

        Type(Kind kind) {
            this.kind = kind;
        }
    }

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "What to look for; several words may be given without quotes.")
    List<String> words = List.of();

    @Option(names = "--type", split = ",", paramLabel = "KIND",
            description = "Only documents of these kinds: ${COMPLETION-CANDIDATES} (default: all), "
                    + "e.g. --type claim,event.")
    List<Type> types = List.of();

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only what may have happened (or been published) on or after DATE: YYYY, YYYY-MM or "
                    + "YYYY-MM-DD. A date known to the month passes if the month overlaps.")
    String from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "Only what may have happened on or before DATE, in the same way: --to 2025-02 "
                    + "includes the whole of February.")
    String to;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Only what had been reported by the end of DATE (YYYY, YYYY-MM or YYYY-MM-DD): articles published"
                    + " by then, and the claims and events found in them.")
    String asOf;

    @Option(names = "--lang", paramLabel = "CODE", description = "Only articles in this language: fr, en, or "
            + "the code of another language stored.")
    String language;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + SearchQuery.DEFAULT_LIMIT,
            description = "Show the N best hits, 1 to " + SearchQuery.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json prints one object "
                    + "with total and hits.")
    Format format;

    @Mixin
    StoreOptionsMixin store;

    @Override
    public Integer call() {
        SearchQuery query = query();
        Path folder = store.options.indexFolder();
        if (!SearchIndex.exists(folder)) {
            spec.commandLine().getErr().println("factline: there is no search index in " + folder + " yet: run "
                    + "factline ingest PATH… to store and index articles, or factline reindex to index those "
                    + "already stored");
            return 1;
        }
        SearchResults results;
        try (SearchIndex index = SearchIndex.openForReading(folder)) {
            results = index.search(query);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(SearchJson.of(results));
        } else {
            SearchText.print(results, !query.hasText(),
                    Terminal.bold() ? SearchText.Marks.BOLD : SearchText.Marks.BRACKETS, out);
        }
        return 0;
    }

    /** The query the options ask for; a usage error when they make none. */
    private SearchQuery query() {
        Set<Kind> kinds = types.isEmpty() ? Set.of()
                : types.stream().map(t -> t.kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
        try {
            return SearchParameters.query(String.join(" ", words), kinds, from, to, asOf, language, limit,
                    filter -> "--" + filter.replace('_', '-'));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** A usage error (exit code 2) with a message that may quote the query: shown as plain text. */
    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), SearchText.printable(String.valueOf(message)));
    }
}

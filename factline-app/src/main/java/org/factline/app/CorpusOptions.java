package org.factline.app;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every view of the whole corpus takes: what had been reported by a date, and the output format. */
final class CorpusOptions {

    @Option(names = "--as-of", paramLabel = "DATE", description = "only what had been reported by the end of DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    String asOf;

    @Option(names = "--format", description = "text (default) or json", defaultValue = "text")
    String format;

    /** Refuses a bad date or format with a usage error. */
    void check(CommandLine cli) {
        CorpusViews.checkFormat(cli, format);
        CorpusViews.checkDate(cli, "--as-of", asOf);
    }

    boolean json() {
        return format.equals("json");
    }
}

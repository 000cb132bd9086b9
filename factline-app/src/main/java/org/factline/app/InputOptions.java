package org.factline.app;

import java.util.List;
import org.factline.ingest.read.ReadLimits;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles to read, and the limits on what is accepted. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, folders (read recursively), glob patterns (quote them: 'news/*.jsonl') or - for standard input. "
                    + "Formats: plain text with header lines, JSON Lines, HTML, RSS/Atom, WARC(.gz); told by content and extension.")
    List<String> paths;

    @Option(names = "--max-article-size", paramLabel = "BYTES", defaultValue = "" + ReadLimits.DEFAULT_MAX_ARTICLE_BYTES,
            description = "Refuse articles larger than this many bytes (default: ${DEFAULT-VALUE}).")
    long maxArticleSize;

    ReadLimits limits() {
        return new ReadLimits(maxArticleSize);
    }
}

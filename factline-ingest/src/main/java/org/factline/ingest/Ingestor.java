package org.factline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.factline.ingest.read.ArticleReader;
import org.factline.ingest.read.BadInputException;
import org.factline.ingest.read.FeedReader;
import org.factline.ingest.read.Format;
import org.factline.ingest.read.HtmlReader;
import org.factline.ingest.read.InputSource;
import org.factline.ingest.read.JsonLinesReader;
import org.factline.ingest.read.RawArticle;
import org.factline.ingest.read.ReadLimits;
import org.factline.ingest.read.ReadSink;
import org.factline.ingest.read.TextReader;
import org.factline.ingest.read.WarcReader;

/**
 * Reads articles from what the user named (files, folders, globs, standard input) in any supported
 * format and prepares them, telling a listener about every article, failure and warning. A bad input
 * or record never stops the others; only the listener can stop the reading ({@link IngestStopped}).
 */
public final class Ingestor {

    private final ReadLimits limits;
    private final InputStream stdin;
    private final ArticlePreparer preparer = new ArticlePreparer();
    private final Map<Format, ArticleReader> readers = Map.of(
            Format.TEXT, new TextReader(),
            Format.JSONL, new JsonLinesReader(),
            Format.HTML, new HtmlReader(),
            Format.FEED, new FeedReader(),
            Format.WARC, new WarcReader());

    public Ingestor(ReadLimits limits, InputStream stdin) {
        this.limits = limits;
        this.stdin = stdin;
    }

    public Ingestor(ReadLimits limits) {
        this(limits, System.in);
    }

    /** Reads everything {@code arguments} name, in their order. */
    public void ingest(List<String> arguments, IngestListener listener) {
        InputResolver.Resolved resolved = new InputResolver(stdin).resolve(arguments);
        resolved.problems().forEach(p -> listener.failure(p.argument(), p.reason()));
        listener.inputs(resolved.inputs());
        for (InputSource input : resolved.inputs()) {
            read(input, listener);
            listener.inputDone(input);
        }
    }

    /** Reads one input, in the format its content and name tell. */
    public void read(InputSource input, IngestListener listener) {
        read(input, null, listener);
    }

    /**
     * Reads one input in the format the caller knows it is in (a body posted with its content type), or in the
     * one its content and name tell when {@code format} is null.
     */
    public void read(InputSource input, Format format, IngestListener listener) {
        ReadSink sink = new ReadSink() {
            @Override
            public void article(RawArticle raw) {
                try {
                    var article = preparer.prepare(raw);
                    article.warnings().forEach(w -> listener.warning(raw.source().location(), w));
                    listener.article(article);
                } catch (BadInputException e) {
                    listener.failure(e.location(), e.reason());
                } catch (IngestStopped e) {
                    throw e;
                } catch (RuntimeException e) {
                    // A bug must not cost the batch: name the article and go on.
                    listener.failure(raw.source().location(), "internal error while preparing the article: " + e);
                }
            }

            @Override
            public void failure(String location, String reason) {
                listener.failure(location, reason);
            }
        };
        try {
            readers.get(format != null ? format : Format.of(input)).read(input, limits, sink);
        } catch (BadInputException e) {
            listener.failure(e.location(), e.reason());
        } catch (IOException e) {
            listener.failure(input.name(), "cannot read: " + e.getMessage());
        } catch (IngestStopped e) {
            throw e;
        } catch (RuntimeException e) {
            listener.failure(input.name(), "internal error while reading: " + e);
        }
    }
}

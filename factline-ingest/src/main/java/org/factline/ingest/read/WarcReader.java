package org.factline.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factline.model.SourceRef;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC, plain or gzip): each {@code response} record holding an HTML page fetched with
 * status 200 is an article; requests, metadata, other media and other statuses are skipped.
 *
 * <p>The HTTP payload is read as the browser got it: jwarc's {@code http().body()} already undoes chunked
 * transfer encoding, and {@code bodyDecoded()} also undoes gzip, deflate and brotli content encoding.
 * The article's address is the record's target URI, its date the page's own, else the record's
 * {@code WARC-Date}; its doc name the record id. A record that cannot be read is a failure at
 * {@code crawl.warc.gz@offset} and the others go on; an archive that cannot be read further (cut short,
 * corrupt gzip) throws {@link BadInputException} after the records before the damage were delivered.
 */
public final class WarcReader implements ArticleReader {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    @Override
    public String format() {
        return "warc";
    }

    @Override
    public void read(InputSource input, ReadLimits limits, ReadSink sink) throws IOException, BadInputException {
        int records = 0;
        try (InputStream in = input.open(); org.netpreserve.jwarc.WarcReader archive = open(input, in)) {
            while (true) {
                WarcRecord record;
                try {
                    var next = archive.next();
                    if (next.isEmpty()) {
                        return;
                    }
                    record = next.get();
                } catch (IOException | RuntimeException e) {
                    throw damaged(input, archive.position(), records, e);
                }
                long offset = archive.position();
                String location = input.name() + "@" + offset;
                try {
                    readRecord(record, location, limits, sink);
                } catch (IOException e) {
                    throw damaged(input, offset, records, e);
                } catch (RuntimeException e) {
                    // jwarc parses some headers only when asked (a Content-Type it cannot parse throws then): a
                    // bad record, after which the archive reader finds the next one by the record's length.
                    sink.failure(location, "unreadable WARC record: " + message(e));
                }
                records++;
            }
        }
    }

    private static org.netpreserve.jwarc.WarcReader open(InputSource input, InputStream in) throws BadInputException {
        try {
            return new org.netpreserve.jwarc.WarcReader(in);
        } catch (IOException e) {
            throw damaged(input, 0, 0, e);
        }
    }

    /**
     * Delivers the record if it is an HTML page. Problems of the record itself are failures; an
     * {@code IOException} out of here means the archive is damaged at this record.
     */
    private void readRecord(WarcRecord record, String location, ReadLimits limits, ReadSink sink) throws IOException {
        if (!(record instanceof WarcResponse response) || !response.contentType().base().equals(MediaType.HTTP)) {
            record.body().consume();
            return;
        }
        RawArticle article;
        try {
            article = readPage(response, location, limits, sink);
        } catch (IOException | RuntimeException e) {
            // Reading on to the record's end tells a bad record from a damaged archive: only the latter fails here.
            record.body().consume();
            sink.failure(location, "unreadable HTTP response in WARC record: " + message(e));
            return;
        }
        record.body().consume();
        if (article != null) {
            sink.article(article);
        }
    }

    /** The article of an HTML response, or null when it is no article (skipped, or refused by name). */
    private RawArticle readPage(WarcResponse response, String location, ReadLimits limits, ReadSink sink)
            throws IOException {
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || !HTML_TYPES.contains(type.base().toString())) {
            return null;
        }
        long payloadSize = response.body().size() - http.serializeHeader().length;
        String refusal = limits.checkSize(payloadSize);
        byte[] html = refusal == null ? readBounded(http.bodyDecoded(), limits.maxArticleBytes()) : null;
        if (html == null) {
            sink.failure(location, refusal != null ? refusal : limits.tooLarge());
            return null;
        }
        return article(response, html, type.parameters().get("charset"), location, sink);
    }

    private RawArticle article(WarcResponse response, byte[] html, String charset, String location, ReadSink sink)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        String target = response.target();
        HtmlExtractor.Page page = HtmlExtractor.extract(HtmlReader.parse(html, charset, target, warnings), target);
        if (!page.hasText()) {
            sink.failure(location, HtmlReader.NO_TEXT);
            return null;
        }
        // Both as the archive writes them: WARC-Date is an ISO instant, the id <urn:uuid:…>.
        String id = header(response, "WARC-Record-ID");
        String doc = DocName.fromId(id == null ? location : id.replaceAll("^<|>$", "").replaceFirst("(?i)^urn:uuid:", ""));
        return page.capturedAt(target, header(response, "WARC-Date"))
                .toArticle(doc, new SourceRef(location, format()), null, warnings);
    }

    private static String header(WarcRecord record, String name) {
        return record.headers().first(name).map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
    }

    /** The decoded payload, or null when it grows over the limit (compressed pages can). */
    private static byte[] readBounded(MessageBody body, long limit) throws IOException {
        // Not closed: closing the payload would close the record, which the archive reader reads on to its end.
        InputStream in = body.stream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > limit) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static BadInputException damaged(InputSource input, long offset, int records, Exception e) {
        String reason = records == 0 && offset == 0 && e instanceof ParsingException
                ? "not a WARC file: " + message(e)
                : "truncated or corrupt WARC at byte offset " + offset + " after " + records + " records: " + message(e);
        return new BadInputException(input.name() + "@" + offset, reason, e);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? "unexpected end of data (" + e.getClass().getSimpleName() + ")" : e.getMessage();
    }
}

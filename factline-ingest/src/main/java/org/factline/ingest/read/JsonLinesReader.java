package org.factline.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipException;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;

/**
 * JSON Lines: one article per line, as news dumps ship them ({@code id}, {@code url}, {@code title},
 * {@code text}, {@code published}, {@code lang}, {@code outlet}; common other names of these fields are
 * accepted). A bad line is reported as {@code file:line} and the other lines go in. Gzip is read as is.
 */
public final class JsonLinesReader implements ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    // First name found wins; the first of each list is Factline's own.
    private static final List<String> ID = List.of("id", "_id", "guid", "uuid");
    private static final List<String> TEXT = List.of("text", "body", "content", "article", "maintext");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> URL = List.of("url", "link", "uri");
    private static final List<String> PUBLISHED = List.of("published", "date", "published_at", "date_publish",
            "datePublished", "pubDate", "publication_date");
    private static final List<String> LANG = List.of("lang", "language");
    private static final List<String> OUTLET = List.of("outlet", "source", "source_domain", "publisher", "site_name");

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public void read(InputSource input, ReadLimits limits, ReadSink sink) throws IOException, BadInputException {
        long lineNo = 0;
        try (InputStream in = Gzip.maybeDecompress(input.open())) {
            LineSplitter lines = new LineSplitter(in, limits.maxArticleBytes());
            LineSplitter.Line line;
            while ((line = lines.next()) != null) {
                lineNo++;
                String location = input.name() + ":" + lineNo;
                if (line.tooLong()) {
                    sink.failure(location, limits.tooLarge());
                } else if (!isBlank(line.bytes())) {
                    readLine(input, line.bytes(), location, lineNo, sink);
                }
            }
        } catch (EOFException | ZipException e) {
            throw new BadInputException(input.name() + ":" + (lineNo + 1),
                    "truncated or corrupt gzip data after " + lineNo + " lines: " + e.getMessage(), e);
        }
    }

    private void readLine(InputSource input, byte[] bytes, String location, long lineNo, ReadSink sink) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes, location);
            JsonNode node = JSON.readTree(decoded.text());
            if (node == null || !node.isObject()) {
                sink.failure(location, "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
                return;
            }
            String text = field(node, TEXT);
            if (text == null || text.isBlank()) {
                sink.failure(location, "no article text (none of the fields " + String.join(", ", TEXT) + ")");
                return;
            }
            String id = field(node, ID);
            String published = field(node, PUBLISHED);
            sink.article(new RawArticle(
                    id != null ? id : input.docName() + "-" + lineNo,
                    new SourceRef(location, format()),
                    id,
                    text,
                    field(node, TITLE),
                    field(node, URL),
                    field(node, OUTLET),
                    field(node, LANG),
                    published,
                    published == null ? null : PublicationDate.Basis.METADATA,
                    List.of(),
                    decoded.warnings()));
        } catch (JsonProcessingException e) {
            sink.failure(location, "malformed JSON: " + e.getOriginalMessage()
                    + " (column " + e.getLocation().getColumnNr() + ")");
        } catch (BadInputException e) {
            sink.failure(location, e.reason());
        }
    }

    /** The text of the first present field, numbers as written; objects (e.g. {"name": …}) by their name. */
    private static String field(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isObject() && value.hasNonNull("name")) {
                value = value.get("name");
            }
            if (value.isValueNode()) {
                String s = value.asText().strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Splits a byte stream into lines without ever holding more than the limit of one line. */
    static final class LineSplitter {

        record Line(byte[] bytes, boolean tooLong) {
        }

        private final InputStream in;
        private final long limit;

        LineSplitter(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** The next line without its end-of-line byte, or null at the end of the input. */
        Line next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            int b;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') {
                    break;
                }
                if (line.size() < limit) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
            return any ? new Line(line.toByteArray(), tooLong) : null;
        }
    }
}

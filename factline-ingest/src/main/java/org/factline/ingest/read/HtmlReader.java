package org.factline.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factline.model.SourceRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One HTML page, one article. A page is a single record: a page over the size limit, binary data or a
 * page without article text is reported to the sink as a failure naming the file, like a bad record of
 * a feed or an archive, and the reader returns normally; it never throws {@link BadInputException}.
 */
public final class HtmlReader implements ArticleReader {

    static final String NO_TEXT = "no article text found in HTML page";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void read(InputSource input, ReadLimits limits, ReadSink sink) throws IOException {
        String location = input.name();
        String refusal = limits.checkSize(input.size());
        if (refusal != null) {
            sink.failure(location, refusal);
            return;
        }
        byte[] bytes = input.readAllBytes();
        if (!startsWithUtf16Mark(bytes)) {
            try {
                TextDecoder.checkNotBinary(bytes, location);
            } catch (BadInputException e) {
                sink.failure(e.location(), e.reason());
                return;
            }
        }
        List<String> warnings = new ArrayList<>();
        HtmlExtractor.Page page = HtmlExtractor.extract(parse(bytes, null, null, warnings), null);
        if (!page.hasText()) {
            sink.failure(location, NO_TEXT);
            return;
        }
        sink.article(page.toArticle(input.docName(), new SourceRef(location, format()), null, warnings));
    }

    /**
     * Parses a page's bytes in the charset a browser would use: the byte order mark, else the charset the
     * server declared ({@code httpCharset}, may be null), else the page's {@code <meta charset>}, else UTF-8.
     * Bytes that fall back to UTF-8 without being valid UTF-8 are read as Windows-1252, with a warning:
     * that is what undeclared legacy European pages are in. A page read from another charset than
     * UTF-8 gets a warning naming it.
     */
    static Document parse(byte[] bytes, String httpCharset, String baseUrl, List<String> warnings) throws IOException {
        String declared = httpCharset != null && isSupported(httpCharset) ? httpCharset : null;
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), declared, baseUrl == null ? "" : baseUrl);
        Charset charset = page.charset();
        if (charset.equals(StandardCharsets.UTF_8) && !startsWithUtf16Mark(bytes) && !isValidUtf8(bytes)) {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), WINDOWS_1252.name(), baseUrl == null ? "" : baseUrl);
            warnings.add("HTML page is not valid UTF-8 and names no other charset that fits; read as Windows-1252");
        } else if (!charset.equals(StandardCharsets.UTF_8)) {
            warnings.add("HTML page converted from " + charset.name() + " to Unicode");
        }
        return page;
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWithUtf16Mark(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    }
}

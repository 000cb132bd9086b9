package org.factline.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The input formats Factline reads, and how an input's format is told: by the content when it says so
 * unmistakably (a WARC version line, a feed's root element, an HTML document type), else by the file
 * extension, else by the content's general look (a JSON object per line, or text).
 */
public enum Format {
    TEXT, JSONL, HTML, FEED, WARC;

    private static final int SNIFF_BYTES = 4096;

    /** The format of {@code input}, or a clear refusal naming what it looks like instead. */
    public static Format of(InputSource input) throws IOException, BadInputException {
        byte[] head = head(input);
        if (head.length == 0) {
            throw new BadInputException(input.name(), "empty input: no text to read");
        }
        boolean gzip = Gzip.isGzip(head);
        byte[] content = gzip ? gunzipHead(input) : head;
        String binary = knownBinary(content);
        if (binary != null) {
            throw new BadInputException(input.name(), "unsupported format: " + binary);
        }
        String start = startOf(content);
        if (start.startsWith("warc/")) {
            return WARC;
        }
        if (gzip && !(start.startsWith("{") || isTextExtension(input.name()))) {
            throw new BadInputException(input.name(),
                    "gzip-compressed input that is neither WARC, JSON Lines nor plain text; decompress it first");
        }
        if (looksLikeFeed(start)) {
            return FEED;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml") && start.contains("<html")) {
            return HTML;
        }
        Format byExtension = byExtension(input.name());
        if (byExtension != null) {
            return byExtension;
        }
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (start.startsWith("<?xml") || start.startsWith("<")) {
            return start.startsWith("<?xml") ? FEED : HTML;
        }
        TextDecoder.checkNotBinary(content, input.name());
        return TEXT;
    }

    private static boolean looksLikeFeed(String start) {
        return start.contains("<rss") || start.contains("<feed") && start.contains("xmlns") || start.contains("<rdf:rdf");
    }

    private static Format byExtension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".json")) {
            return JSONL;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
            return FEED;
        }
        return isTextExtension(n) ? TEXT : null;
    }

    private static boolean isTextExtension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".txt.gz");
    }

    /**
     * Whether a file found while walking a folder is one Factline should read. A {@code .json} file is
     * read when named, but not picked up from a folder: folders of articles often hold JSON that is not
     * articles (annotations, configuration).
     */
    public static boolean isArticleFileName(String name) {
        return byExtension(name) != null && !name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String knownBinary(byte[] b) {
        String s = new String(b, 0, Math.min(b.length, 16), StandardCharsets.ISO_8859_1);
        if (s.startsWith("%PDF")) {
            return "PDF document (extract its text first)";
        }
        if (s.startsWith("PK\u0003\u0004")) {
            return "ZIP archive (or an Office document); unpack it or convert it to text first";
        }
        if (s.startsWith("\u0089PNG") || s.startsWith("GIF8") || s.startsWith("\u00FF\u00D8\u00FF")) {
            return "image file";
        }
        if (s.startsWith("\u007FELF")) {
            return "executable program";
        }
        return null;
    }

    private static String startOf(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        String s = new String(content, i, content.length - i, StandardCharsets.ISO_8859_1).stripLeading();
        // Skip comments before the root element: <!-- … -->
        while (s.startsWith("<!--") && s.contains("-->")) {
            s = s.substring(s.indexOf("-->") + 3).stripLeading();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static byte[] head(InputSource input) throws IOException {
        try (InputStream in = input.open()) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    private static byte[] gunzipHead(InputSource input) throws IOException, BadInputException {
        try (InputStream in = new GZIPInputStream(input.open())) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new BadInputException(input.name(), "truncated or corrupt gzip data at its start: " + e.getMessage(), e);
        }
    }
}

package org.factline.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.factline.ingest.read.Format;
import org.factline.ingest.read.InputSource;

/**
 * The article a POST sends, as an input for the readers: in the format its content type names (plain text with
 * header lines, one JSON object, an HTML page), no larger than the server's limit, in UTF-8, under the document
 * name the client gives ({@code ?doc=NAME}) or one made from the body's hash.
 */
record PostedBody(InputSource input, Format format) {

    private static final Map<String, Format> FORMATS = Map.of(
            "text/plain", Format.TEXT,
            "application/json", Format.JSONL,
            "application/x-ndjson", Format.JSONL,
            "text/html", Format.HTML,
            "application/xhtml+xml", Format.HTML);
    private static final Map<Format, String> EXTENSIONS = Map.of(Format.TEXT, ".txt", Format.JSONL, ".jsonl",
            Format.HTML, ".html");
    private static final Pattern DOC = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The body of the request, checked.
     *
     * @throws ApiError 415 for a content type that is none of those, 413 for a body over {@code maxBytes}, 400 for
     *                  bytes that are not UTF-8, a JSON body that is not JSON, or a bad {@code doc}
     */
    static PostedBody of(Context ctx, long maxBytes) {
        Format format = format(ctx.header("Content-Type"));
        String doc = ctx.queryParam("doc");
        if (doc != null && !DOC.matcher(doc).matches()) {
            throw ApiError.badRequest("doc must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or"
                    + " a digit, not '" + doc + "'");
        }
        byte[] bytes = read(ctx, maxBytes);
        checkUtf8(bytes);
        if (format == Format.JSONL) {
            bytes = oneLine(bytes);
        }
        String name = "posted/" + (doc != null ? doc : "posted-" + hash(bytes)) + EXTENSIONS.get(format);
        return new PostedBody(InputSource.of(name, bytes), format);
    }

    private static Format format(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ApiError(415, "Content-Type is missing: send text/plain, application/json or text/html");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        Format format = FORMATS.get(type);
        if (format == null) {
            throw new ApiError(415, "Content-Type " + type + " is not read here: send text/plain (text with header lines),"
                    + " application/json (one article object) or text/html (a page)");
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].strip().replace("\"", "").replace("-", "").equalsIgnoreCase("utf8")) {
                throw new ApiError(415, "charset " + parameter[1].strip() + " is not read here: send UTF-8");
            }
        }
        return format;
    }

    /** The body, refused as soon as it is known to be over the limit: by its declared length, or while reading. */
    private static byte[] read(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared + " bytes", maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body: " + e.getMessage(), e);
        }
    }

    private static ApiError tooLarge(String size, long maxBytes) {
        return new ApiError(413, "the body is " + size + "; this server takes articles of at most " + maxBytes
                + " bytes (factline serve --max-body)");
    }

    private static void checkUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        while ((result = decoder.decode(in, out, true)).isOverflow()) {
            out.clear();
        }
        if (result.isError()) {
            throw ApiError.badRequest(String.format("the body is not valid UTF-8: byte 0x%02X at offset %d",
                    bytes[in.position()] & 0xFF, in.position()));
        }
    }

    /** One JSON value on one line, as the JSON Lines reader takes it; the body may be indented. */
    private static byte[] oneLine(byte[] bytes) {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return bytes; // the reader says there is no article
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

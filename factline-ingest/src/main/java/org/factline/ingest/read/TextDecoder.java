package org.factline.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a text input into a string: UTF-8 when it is valid UTF-8 (with or without a byte
 * order mark), UTF-16 when a byte order mark says so, else Windows-1252 (a superset of Latin-1's
 * printable range, what legacy European newsroom files are in) with a warning. Binary and empty inputs
 * are refused.
 */
public final class TextDecoder {

    /** The decoded text, the charset it was read in, and warnings to pass on. */
    public record Decoded(String text, Charset charset, List<String> warnings) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes, String location) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(location, "empty input: no text to read");
        }
        List<String> warnings = new ArrayList<>();
        Charset charset;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else {
            checkNotBinary(bytes, location);
            charset = StandardCharsets.UTF_8;
        }
        String text;
        try {
            text = strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (MalformedInputException e) {
            int bad = firstMalformedUtf8(bytes, offset);
            warnings.add("not valid UTF-8 (first bad byte 0x%02X at offset %d); read as Windows-1252 (Latin-1)"
                    .formatted(bytes[bad] & 0xFF, bad));
            charset = WINDOWS_1252;
            text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        } catch (CharacterCodingException e) {
            throw new BadInputException(location, "cannot decode as " + charset + ": " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new BadInputException(location, "empty input: only white space");
        }
        return new Decoded(text, charset, List.copyOf(warnings));
    }

    /** Refuses inputs that look like binary data: NUL bytes, or many control characters, in the first 8 KB. */
    public static void checkNotBinary(byte[] bytes, String location) throws BadInputException {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new BadInputException(location, "binary data (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            throw new BadInputException(location,
                    "binary data (" + (100 * control / n) + "% control bytes in the first " + n + " bytes), not text");
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstMalformedUtf8(byte[] bytes, int offset) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : offset;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

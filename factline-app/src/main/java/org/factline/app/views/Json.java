package org.factline.app.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON text of the views' objects (maps, lists, strings, numbers): indented for a reader on a terminal, compact on
 * one line for JSON Lines and the HTTP API. Values are always encoded, never interpreted: a title holding
 * {@code <script>} comes out as that string.
 */
public final class Json {

    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper HTML_SAFE = new ObjectMapper();

    static {
        HTML_SAFE.getFactory().setCharacterEscapes(new HtmlSafe());
    }

    private Json() {
    }

    /** On one line. */
    public static String compact(Object o) {
        return write(COMPACT, o);
    }

    /** Indented, one field a line. */
    public static String indented(Object o) {
        return write(INDENTED, o);
    }

    /**
     * On one line, with {@code <}, {@code >}, {@code &} and {@code '} as hexadecimal escapes: the same JSON value, in
     * which no byte could start markup should a client ever put it into HTML. For the HTTP API.
     */
    public static String htmlSafe(Object o) {
        return write(HTML_SAFE, o);
    }

    private static String write(ObjectMapper mapper, Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            // the views write maps of strings, numbers and lists: a failure is a bug, not bad data
            throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON's own escapes, and the characters that mean something in HTML. */
    private static final class HtmlSafe extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafe() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}

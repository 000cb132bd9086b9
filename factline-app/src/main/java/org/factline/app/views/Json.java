package org.factline.app.views;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    private static String write(ObjectMapper mapper, Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            // the views write maps of strings, numbers and lists: a failure is a bug, not bad data
            throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }
}

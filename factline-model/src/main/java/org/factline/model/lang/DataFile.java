package org.factline.model.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file on the class path (lexicons, patterns, lists): UTF-8 lines, where blank lines and lines
 * starting with {@code #} are comments. Each line keeps its number so that a malformed one can be named.
 */
public final class DataFile {

    /** A line of content, with its 1-based number in the file. */
    public record Line(String resource, int number, String text) {

        /** The line split on tabs, checked to have {@code columns} fields. */
        public String[] fields(int columns) {
            String[] fields = text.split("\t", columns);
            if (fields.length != columns) {
                throw malformed("expected " + columns + " tab-separated fields");
            }
            return fields;
        }

        public IllegalStateException malformed(String what) {
            return new IllegalStateException(resource + ":" + number + ": " + what + ", got: " + text);
        }
    }

    private DataFile() {
    }

    /** The content lines of a resource that must exist. */
    public static List<Line> lines(String resource) {
        List<Line> lines = linesIfPresent(resource);
        if (lines == null) {
            throw new IllegalStateException("resource " + resource + " missing from the class path");
        }
        return lines;
    }

    /** The content lines of a resource, or null when there is no such resource (an optional language file). */
    public static List<Line> linesIfPresent(String resource) {
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                String stripped = text.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(new Line(resource, number, stripped));
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}

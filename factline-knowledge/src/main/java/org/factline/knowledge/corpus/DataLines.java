package org.factline.knowledge.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a data file on the class path, without blank lines and {@code #} comments: the corpus layer's
 * tables, and the exports' ({@code factline-app}).
 */
public final class DataLines {

    /** A line with its number in the file, for messages. */
    public record Line(int number, String text) {
    }

    private DataLines() {
    }

    /** The lines of a resource ({@code corpus/states.tsv}), from the root of the class path. */
    public static List<Line> read(String resource) {
        List<Line> out = new ArrayList<>();
        try (InputStream in = DataLines.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(new Line(n, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

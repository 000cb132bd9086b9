package org.factline.knowledge.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of one of the corpus layer's data files, without blank lines and {@code #} comments. */
final class DataLines {

    /** A line with its number in the file, for messages. */
    record Line(int number, String text) {
    }

    private DataLines() {
    }

    static List<Line> read(String resource) {
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

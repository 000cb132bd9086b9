package org.factline.app.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of one of the exports' tab-separated data files ({@code export/*.tsv}), without blank lines and comments. */
final class DataFile {

    /** A row: its fields, and where it is for messages. */
    record Row(String file, int line, String[] fields) {

        String field(int i) {
            if (i >= fields.length) {
                throw new IllegalStateException(file + ":" + line + ": expected at least " + (i + 1) + " tab-separated fields");
            }
            return fields[i];
        }

        String where() {
            return file + ":" + line;
        }
    }

    private DataFile() {
    }

    /** The rows of {@code export/NAME}; lines starting with {@code #} are comments. */
    static List<Row> read(String name) {
        String resource = "/export/" + name;
        List<Row> out = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(new Row(name, n, line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

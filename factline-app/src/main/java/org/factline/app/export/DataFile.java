package org.factline.app.export;

import java.util.List;

import org.factline.knowledge.corpus.DataLines;

/** The rows of one of the exports' tab-separated data files ({@code export/*.tsv}), without blank lines and comments. */
final class DataFile {

    /** A row: its fields, and where it is for messages. */
    record Row(String file, int line, String[] fields) {

        String field(int i) {
            if (i >= fields.length) {
                throw new IllegalStateException(where() + ": expected at least " + (i + 1) + " tab-separated fields");
            }
            return fields[i];
        }

        String where() {
            return "export/" + file + ":" + line;
        }
    }

    private DataFile() {
    }

    /** The rows of {@code export/NAME}. */
    static List<Row> read(String name) {
        return DataLines.read("export/" + name).stream()
                .map(l -> new Row(name, l.number(), l.text().split("\t", -1)))
                .toList();
    }
}

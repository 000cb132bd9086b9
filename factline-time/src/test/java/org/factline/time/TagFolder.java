package org.factline.time;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.factline.model.Timex;

/**
 * Development aid: tags every {@code *.txt} of a folder whose first line is {@code date YYYY-MM-DD} with the
 * grammar alone (no tense) and writes the EVAL output for score.py. Usage: TagFolder LANG DIR OUT.jsonl
 */
public final class TagFolder {

    public static void main(String[] args) throws IOException {
        TimeTagger tagger = TimeTagger.forLanguage(args[0]).orElseThrow();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (Path f : files) {
                String all = Files.readString(f);
                LocalDate dct = null;
                String text = all;
                if (all.startsWith("date ")) {
                    int nl = all.indexOf('\n');
                    dct = LocalDate.parse(all.substring(5, nl).strip().substring(0, 10));
                    text = all.substring(nl + 1);
                }
                StringBuilder sb = new StringBuilder();
                String doc = f.getFileName().toString().replaceAll("\\.txt$", "");
                sb.append("{\"doc\":").append(q(doc)).append(",\"published\":").append(q(String.valueOf(dct))).append(",\"timex\":[");
                boolean first = true;
                for (Timex t : tagger.tag(text, dct, args.length > 3 && args[3].equals("notense") ? TenseOracle.NONE : new LexicalTense(text, args[0]))) {
                    sb.append(first ? "" : ",").append("{\"text\":").append(q(t.text())).append(",\"type\":").append(q(t.type().name()))
                            .append(",\"value\":").append(q(t.value())).append(",\"mod\":").append(q(t.mod())).append("}");
                    first = false;
                }
                out.println(sb.append("]}"));
            }
        }
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

package org.factline.extract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A per-language table that rewrites a tagger's tags into Factline's vocabulary: Penn Treebank tags into
 * Universal POS tags, CoreNLP's French entity tags into the English taggers' words. Read from a
 * tab-separated resource: {@code tag<TAB>result}, or {@code tag<TAB>relation<TAB>result} where the result
 * depends on the token's dependency relation ({@code *} for any). Lines starting with "# " are comments
 * (a lone "#" is a Penn tag).
 *
 * @param byTag         result for a tag, whatever the relation
 * @param byRelation    result for {@code tag + " " + relation}, which wins over {@code byTag}
 * @param unknown       result for a tag not in the table, or null to keep such a tag as it is
 */
public record TagTable(Map<String, String> byTag, Map<String, String> byRelation, String unknown) {

    public TagTable {
        byTag = Map.copyOf(byTag);
        byRelation = Map.copyOf(byRelation);
    }

    /** The table that keeps every tag: for a tagger that already speaks Factline's vocabulary. */
    public static TagTable identity() {
        return new TagTable(Map.of(), Map.of(), null);
    }

    public String map(String tag, String relation) {
        String specific = relation == null ? null : byRelation.get(tag + " " + relation);
        if (specific != null) {
            return specific;
        }
        String general = byTag.get(tag);
        return general != null ? general : unknown != null ? unknown : tag;
    }

    /** Reads a table; {@code unknown} as in the record. */
    public static TagTable read(InputStream in, String name, String unknown) {
        Map<String, String> byTag = new HashMap<>();
        Map<String, String> byRelation = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("# ")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length == 2) {
                    byTag.put(f[0], f[1]);
                } else if (f.length == 3 && f[1].equals("*")) {
                    byTag.put(f[0], f[2]);
                } else if (f.length == 3) {
                    byRelation.put(f[0] + " " + f[1], f[2]);
                } else {
                    throw new IllegalArgumentException(name + ":" + number + ": expected 2 or 3 tab-separated columns: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return new TagTable(byTag, byRelation, unknown);
    }
}

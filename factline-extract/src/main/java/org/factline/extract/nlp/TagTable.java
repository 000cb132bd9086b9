package org.factline.extract.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.model.lang.DataFile;

/**
 * A table that rewrites a tagger's tags into Factline's vocabulary: Penn Treebank tags into Universal POS
 * tags, CoreNLP's French entity tags into the English taggers' words, entity tags into scored types. Read
 * from a tab-separated data file: {@code tag<TAB>result}, or {@code tag<TAB>relation<TAB>result} where the
 * result depends on the token's dependency relation ({@code *} for any).
 *
 * @param byTag      result for a tag, whatever the relation
 * @param byRelation result for {@code tag + " " + relation}, which wins over {@code byTag}
 * @param unknown    result for a tag not in the table, or null to keep such a tag as it is
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

    /** The table of a data file's lines; {@code unknown} as in the record. */
    public static TagTable of(List<DataFile.Line> lines, String unknown) {
        Map<String, String> byTag = new HashMap<>();
        Map<String, String> byRelation = new HashMap<>();
        for (DataFile.Line line : lines) {
            String[] f = line.text().split("\t");
            if (f.length == 2 || f.length == 3 && f[1].equals("*")) {
                byTag.put(f[0], f[f.length - 1]);
            } else if (f.length == 3) {
                byRelation.put(f[0] + " " + f[1], f[2]);
            } else {
                throw line.malformed("expected 2 or 3 tab-separated fields");
            }
        }
        return new TagTable(byTag, byRelation, unknown);
    }
}

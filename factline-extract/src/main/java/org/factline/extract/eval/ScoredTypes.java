package org.factline.extract.eval;

import java.util.Set;
import org.factline.extract.nlp.TagTable;
import org.factline.model.lang.DataFile;

/**
 * The four entity types NER is scored on, and the tables that bring a data set's or a tagger's types to
 * them ({@code eval/gold-types.tsv}, {@code eval/corenlp-types.tsv}).
 */
final class ScoredTypes {

    static final Set<String> TYPES = Set.of("PER", "LOC", "ORG", "MISC");

    static final TagTable GOLD = read("eval/gold-types.tsv", null);
    static final TagTable CORENLP = read("eval/corenlp-types.tsv", "O");

    private ScoredTypes() {
    }

    /**
     * A gold label with its type mapped: {@code B-pers} → {@code B-PER}, {@code I-time} → {@code O}. A label
     * without a prefix is taken as inside an entity, as conlleval does.
     */
    static String goldLabel(String label, String where) {
        if (label.equals("O") || label.equals("_") || label.isEmpty()) {
            return "O";
        }
        boolean prefixed = label.length() > 2 && label.charAt(1) == '-' && "BIES".indexOf(label.charAt(0)) >= 0;
        String prefix = prefixed ? label.substring(0, 1) : "I";
        String type = GOLD.map(prefixed ? label.substring(2) : label, null);
        if (type.equals("O")) {
            return "O";
        }
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(where + ": entity type '" + type + "' is not in eval/gold-types.tsv");
        }
        return (prefix.equals("E") ? "I" : prefix.equals("S") ? "B" : prefix) + "-" + type;
    }

    private static TagTable read(String name, String unknown) {
        return TagTable.of(DataFile.lines(name), unknown);
    }
}

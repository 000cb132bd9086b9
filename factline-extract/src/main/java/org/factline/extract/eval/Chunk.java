package org.factline.extract.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity as a labelled run of tokens, {@code [start, end)}: what exact-span scoring compares.
 *
 * @param type  PER, LOC, ORG or MISC
 * @param start index of its first token
 * @param end   index after its last token
 */
public record Chunk(String type, int start, int end) {

    /**
     * The chunks of a label sequence with conlleval's rules: a chunk starts at {@code B-}, or at {@code I-}
     * after {@code O} or after a different type; it ends before {@code B-}, {@code O}, or a different type.
     */
    public static List<Chunk> of(List<String> labels) {
        List<Chunk> chunks = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= labels.size(); i++) {
            String label = i < labels.size() ? labels.get(i) : "O";
            String labelType = label.equals("O") ? null : label.substring(label.indexOf('-') + 1);
            boolean begins = labelType != null && (label.startsWith("B-") || !labelType.equals(type));
            if (type != null && (labelType == null || begins)) {
                chunks.add(new Chunk(type, start, i));
                type = null;
            }
            if (begins) {
                type = labelType;
                start = i;
            }
        }
        return chunks;
    }
}

package org.factline.extract.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trie over the lower-cased folded words of every alias; each node ending an alias lists its entries. */
final class AliasTrie {

    record Entry(KbEntity entity, Alias alias, String[] words) {
    }

    static final class Node {
        private Map<String, Node> next;
        List<Entry> entries;

        Node child(String word) {
            return next == null ? null : next.get(word);
        }

        private Node grow(String word) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(word, w -> new Node());
        }
    }

    final Node root = new Node();

    void add(KbEntity entity, Alias alias) {
        String[] words = WordTokens.of(alias.text()).folded();
        if (words.length == 0) {
            return;
        }
        Node node = root;
        for (String w : words) {
            node = node.grow(w.toLowerCase(java.util.Locale.ROOT));
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        for (Entry e : node.entries) {
            if (e.entity() == entity && e.alias().lang().equals(alias.lang())
                    && String.join(" ", e.words()).equals(String.join(" ", words))) {
                return;
            }
        }
        node.entries.add(new Entry(entity, alias, words));
    }
}

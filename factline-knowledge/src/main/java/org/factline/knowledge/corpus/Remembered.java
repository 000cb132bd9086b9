package org.factline.knowledge.corpus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a function gives for each key seen so far, kept up to a number of keys (beyond it, worked out every time):
 * a corpus has a few thousand distinct dates and source names, and its disagreements and timelines ask for their
 * bounds and folded forms millions of times. Safe to share between threads; a null key is never kept.
 */
final class Remembered<K, V> {

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final int most;
    private final Function<K, V> work;

    Remembered(int most, Function<K, V> work) {
        this.most = most;
        this.work = work;
    }

    V get(K key) {
        if (key == null) {
            return work.apply(null);
        }
        V value = known.get(key);
        if (value == null) {
            value = work.apply(key);
            if (known.size() < most) {
                known.put(key, value);
            }
        }
        return value;
    }
}

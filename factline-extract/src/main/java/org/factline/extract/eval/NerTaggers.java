package org.factline.extract.eval;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The taggers {@code factline eval ner --tagger NAME} can score, by name. Factline's full mention layer
 * registers itself here as {@code factline}; a tagger is created when asked for, so that naming one does
 * not load the models of another.
 */
public final class NerTaggers {

    private static final Map<String, Supplier<NerTagger>> TAGGERS = new ConcurrentHashMap<>(Map.of(
            "corenlp", CoreNlpTagger::new,
            "factline", FactlineTagger::new));

    private NerTaggers() {
    }

    public static void register(String name, Supplier<NerTagger> tagger) {
        TAGGERS.put(name, tagger);
    }

    /** A new tagger of that name, or empty when none is registered under it. */
    public static Optional<NerTagger> create(String name) {
        Supplier<NerTagger> tagger = TAGGERS.get(name);
        return tagger == null ? Optional.empty() : Optional.of(tagger.get());
    }

    public static Set<String> names() {
        return new TreeSet<>(TAGGERS.keySet());
    }
}

package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * One entity across the corpus: one per knowledge-base id, and one per name and type for entities the
 * knowledge base does not know (their ids are made from their folded names, so "Toktogulov" in two
 * articles is one entity). Keeps every spelling the articles use and the articles that name it.
 */
public final class CorpusEntity {

    private final String id;
    private final String name;
    private final EntityType type;
    private final boolean known;
    private Place place;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> spellings = new LinkedHashSet<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final List<String> articles = new ArrayList<>();
    private final Set<String> articleSet = new java.util.HashSet<>();
    /** Its name, aliases and spellings folded, for {@link #match}; made when first asked for, after the corpus is made. */
    private List<String> folded;

    CorpusEntity(String id, String name, EntityType type, boolean known) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.known = known;
    }

    void add(org.factline.model.Entity e, String articleId, List<String> texts) {
        ids.add(e.id());
        aliases.addAll(e.aliases());
        spellings.addAll(texts);
        if (place == null) {
            place = e.place();
        }
        if (articleSet.add(articleId)) {
            articles.add(articleId);
        }
        folded = null;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public EntityType type() {
        return type;
    }

    /** Whether the knowledge base knows it. */
    public boolean known() {
        return known;
    }

    public Place place() {
        return place;
    }

    /*
     * Read-only views, not Set.copyOf: an immutable copy throws on contains(null), which callers ask of a speaker or a
     * place the articles did not link to an entity (GET /api/entities/{id} failed on the stories corpus); and it
     * iterates in an order that changes from one JVM to the next.
     */

    /** The knowledge base's other names. */
    public Set<String> aliases() {
        return Collections.unmodifiableSet(aliases);
    }

    /** The words the articles use for it, in order of first use. */
    public Set<String> spellings() {
        return Collections.unmodifiableSet(spellings);
    }

    /** Every entity id the articles gave it (one for known entities). */
    public Set<String> ids() {
        return Collections.unmodifiableSet(ids);
    }

    /** The articles that name it, in report order. */
    public List<String> articles() {
        return List.copyOf(articles);
    }

    /** Whether an article with this id names it. */
    public boolean namedIn(String articleId) {
        return articleSet.contains(articleId);
    }

    private synchronized List<String> folded() {
        if (folded == null) {
            List<String> names = new ArrayList<>();
            names.add(Source.fold(name));
            aliases.forEach(a -> names.add(Source.fold(a)));
            spellings.forEach(sp -> names.add(Source.fold(sp)));
            folded = List.copyOf(names);
        }
        return folded;
    }

    /** Whether a user's words name it: its name, an alias or a spelling, folded ("Guerassimov" = "Guérassimov"). */
    public boolean isNamed(String words) {
        return match(words) == 2;
    }

    /**
     * How well a user's words name it: 2 for a whole name, alias or spelling ("Kursk Oblast", "Koursk"), 1 when
     * they are whole words of one ("Guerassimov" in "Valéri Guérassimov"), 0 otherwise. Accents and case
     * are folded.
     */
    public int match(String words) {
        String w = Source.fold(words);
        if (w.isEmpty()) {
            return 0;
        }
        if (ids.contains(words)) {
            return 2;
        }
        int best = 0;
        for (String f : folded()) {
            if (f.equals(w)) {
                return 2;
            }
            if ((" " + f + " ").contains(" " + w + " ")) {
                best = 1;
            }
        }
        return best;
    }
}

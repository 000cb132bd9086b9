package org.factline.bench.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.model.Analysis;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Place;

/**
 * Many analysed articles made from a few: for large tests and benchmarks of what comes after extraction (the store,
 * the search index, the views across articles), where running the linguistic layer on every article would take
 * days. The seed analyses are grouped into stories (articles that name at least two of the same people or places
 * smaller than a country); each variant of a story renames its people, organisations and
 * places ({@link Renaming}), moves its dates by a whole number of weeks, and scales its figures — all of them by one
 * factor, and those of one article in four by another of the article's own, so that sources come to disagree. Articles come story variant after
 * story variant, the seed stories in turn.
 *
 * <p>The output depends only on the seeds, the knowledge base and the {@code seed} number: the n-th variant is made
 * from a random generator of its own. Every article gets the id the store would give its text, and no two articles
 * the same: a variant that would repeat an id already given is drawn again.
 *
 * <pre>{@code
 * CorpusGenerator generator = CorpusGenerator.of(seedAnalyses, KnowledgeBase.standard(), 42);
 * Iterator<Analysis> articles = generator.articles();
 * }</pre>
 */
public final class CorpusGenerator {

    /** How far dates move, in weeks either way: about ten years. */
    static final int WEEKS = 520;
    /** Share of articles whose figures are scaled again on their own, to make sources disagree. */
    static final double DISAGREEING = 0.25;

    private final List<List<Analysis>> stories;
    private final NamePool pool;
    private final long seed;

    private CorpusGenerator(List<List<Analysis>> stories, NamePool pool, long seed) {
        this.stories = stories;
        this.pool = pool;
        this.seed = seed;
    }

    /**
     * A generator over these seed analyses.
     *
     * @throws IllegalArgumentException if there are none
     */
    public static CorpusGenerator of(List<Analysis> seeds, KnowledgeBase kb, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed analyses to make a corpus from");
        }
        return new CorpusGenerator(stories(seeds), NamePool.of(kb), seed);
    }

    /** The seed stories, each in its articles' order of publication. */
    public List<List<Analysis>> stories() {
        return stories;
    }

    /**
     * The articles of the {@code n}-th story variant (of seed story {@code n} modulo their number), drawn with the
     * {@code attempt}-th random generator of that variant.
     */
    public List<Analysis> story(long n, int attempt) {
        List<Analysis> story = stories.get((int) Math.floorMod(n, (long) stories.size()));
        Random random = new Random(mix(seed, n, attempt));
        Renaming renaming = Renaming.draw(story, pool, random);
        DateShift shift = new DateShift(7 * (random.nextInt(2 * WEEKS + 1) - WEEKS));
        double storyFactor = Math.exp(Math.log(0.6) + random.nextDouble() * Math.log(1.7 / 0.6));
        List<Analysis> out = new ArrayList<>();
        for (Analysis seedAnalysis : story) {
            String doc = seedAnalysis.article().doc() + "~" + n;
            double own = random.nextDouble() < DISAGREEING
                    ? random.nextBoolean() ? 0.45 + 0.25 * random.nextDouble() : 1.4 + 0.8 * random.nextDouble()
                    : 1;
            out.add(ArticleVariant.of(seedAnalysis, doc, renaming, shift, storyFactor * own));
        }
        return out;
    }

    /** Every article, story variant after story variant, without end; no two with the same id. */
    public Iterator<Analysis> articles() {
        return new Iterator<>() {
            private final Set<String> ids = new HashSet<>();
            private final List<Analysis> pending = new ArrayList<>();
            private long next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Analysis next() {
                while (pending.isEmpty()) {
                    pending.addAll(fresh(next++));
                }
                return pending.removeFirst();
            }

            private List<Analysis> fresh(long n) {
                for (int attempt = 0; attempt < 100; attempt++) {
                    List<Analysis> story = story(n, attempt);
                    Set<String> mine = new HashSet<>();
                    if (story.stream().allMatch(a -> !ids.contains(a.article().id()) && mine.add(a.article().id()))) {
                        ids.addAll(mine);
                        return story;
                    }
                }
                throw new NoSuchElementException("story variant " + n + " repeats articles already made in 100"
                        + " attempts: the seed articles give too little to vary");
            }
        };
    }

    private static long mix(long seed, long n, int attempt) {
        long h = seed * 0x9E3779B97F4A7C15L + n;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + attempt;
        return h ^ (h >>> 29);
    }

    /**
     * The seeds grouped into stories: articles that name at least two of the same people or places smaller than a
     * country, transitively; each story in order of publication. Organisations do not count: an outlet, its agency
     * and the ministries recur in stories that have nothing else in common.
     */
    static List<List<Analysis>> stories(List<Analysis> seeds) {
        int n = seeds.size();
        int[] parent = new int[n];
        List<Set<String>> named = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Set<String> ids = new HashSet<>();
            for (Entity e : seeds.get(i).entities()) {
                boolean person = e.type() == EntityType.PERSON;
                boolean place = (e.type() == EntityType.GPE || e.type() == EntityType.LOC)
                        && (e.place() == null || e.place().precision() != Place.Precision.COUNTRY);
                if (person || place) {
                    ids.add(e.id());
                }
            }
            named.add(ids);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Set<String> shared = new HashSet<>(named.get(i));
                shared.retainAll(named.get(j));
                if (shared.size() >= 2) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Analysis>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(seeds.get(i));
        }
        List<List<Analysis>> out = new ArrayList<>();
        for (List<Analysis> g : groups.values()) {
            g.sort(Comparator.comparing((Analysis a) -> a.article().published() == null ? "9999"
                    : a.article().published().value()).thenComparing(a -> a.article().doc()));
            out.add(List.copyOf(g));
        }
        return List.copyOf(out);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}

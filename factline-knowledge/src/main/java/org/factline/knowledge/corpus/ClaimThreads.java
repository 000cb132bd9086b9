package org.factline.knowledge.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factline.model.Analysis;
import org.factline.model.Claim;

/** Groups a corpus's claims into threads, one per proposition (see {@link Corpus#threads()}). */
final class ClaimThreads {

    /** Share of content words two claims in one language need in common to state the same thing. */
    private static final double SAME_WORDS = 0.5;

    /**
     * Through a word that more than twice this many sets of words have, a set is compared with this many on either
     * side of it in the order of the claims (of the articles as read), not all: a word so common is not what tells
     * claims apart, and claims repeated across a large corpus are still joined through their neighbours.
     */
    static final int NEAREST = 100;

    private record Node(Analysis analysis, Claim claim, Set<String> words, int index) {
    }

    private ClaimThreads() {
    }

    static List<ClaimThread> of(Corpus corpus) {
        List<Node> nodes = new ArrayList<>();
        Set<Integer> negatedEvent = new HashSet<>();
        Map<CorpusEvent, List<Integer>> byEvent = new LinkedHashMap<>();
        for (Analysis a : corpus.analyses()) {
            for (int i = 0; i < a.claims().size(); i++) {
                nodes.add(new Node(a, a.claims().get(i), words(a.claims().get(i).quoteText()), nodes.size()));
            }
            int first = nodes.size() - a.claims().size();
            for (int e = 0; e < a.events().size(); e++) {
                CorpusEvent c = corpus.eventOf(a, e);
                int claim = a.events().get(e).claim();
                if (c != null && claim >= 0) {
                    byEvent.computeIfAbsent(c, k -> new ArrayList<>()).add(first + claim);
                    if (a.events().get(e).modality() == org.factline.model.Event.Modality.NEGATED) {
                        // "I have never met this gentleman": the claim denies the event it tells
                        negatedEvent.add(first + claim);
                    }
                }
            }
        }
        int[] parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Integer, CorpusEvent> eventOf = new LinkedHashMap<>();
        byEvent.forEach((event, members) -> {
            for (int m : members) {
                union(parent, members.getFirst(), m);
                eventOf.putIfAbsent(m, event);
            }
        });
        joinCloseWords(nodes, parent);
        Map<Integer, List<Node>> groups = new LinkedHashMap<>();
        for (Node n : nodes) {
            groups.computeIfAbsent(find(parent, n.index()), k -> new ArrayList<>()).add(n);
        }
        List<ClaimThread> out = new ArrayList<>();
        for (List<Node> group : groups.values()) {
            Set<String> articles = new HashSet<>();
            Set<String> sources = new HashSet<>();
            List<ClaimThread.Stance> stances = new ArrayList<>();
            CorpusEvent event = null;
            for (Node n : group) {
                Statement s = corpus.statementOf(n.analysis(), n.claim());
                articles.add(s.articleId());
                sources.add(s.source().party());
                stances.add(new ClaimThread.Stance(s, n.claim().denies() != negatedEvent.contains(n.index())));
                if (event == null) {
                    event = eventOf.get(n.index());
                }
            }
            if (articles.size() < 2 && sources.size() < 2) {
                continue;
            }
            stances.sort(Comparator.comparing((ClaimThread.Stance st) -> st.statement().time()));
            String proposition = event != null ? event.label() : shorten(stances.getFirst().statement().says());
            out.add(new ClaimThread(proposition, List.copyOf(stances)));
        }
        return out;
    }

    /**
     * Joins the claims of different articles in one language whose words are close: they share at least
     * {@link #SAME_WORDS} of the content words of the one with fewer, which has three or more.
     *
     * <p>Claims of one language with the same words (a statement repeated by many articles) are compared as one
     * set of words: if its claims come from two articles or more, they are all joined at once; a set whose claims
     * are all of one article joins another set unless that one's are all of the same article too.
     *
     * <p>Without comparing every pair of sets: words are numbered rarest first and each set's words sorted so. Two
     * sets whose words are close share at least {@code needed}, half the words of the one with fewer: so the smaller
     * one shares with the other one of its first {@code size - needed + 1} words (its prefix), and each set is
     * compared only with the sets of at least its size that have one of those, found through an index of every
     * set's words. While its prefix is read, a set that cannot reach {@code needed} any more (those found so far,
     * plus the words both have after the current one at best) is dropped (the "positional filter" of PPJoin, Xiao
     * et al. 2008). A pair already joined through others is not compared: the threads are the same as if every pair
     * of claims had been, but where a word has more than {@code 2 * NEAREST + 1} sets ({@link #NEAREST}).
     */
    private static void joinCloseWords(List<Node> nodes, int[] parent) {
        Map<String, Integer> frequency = new HashMap<>();
        nodes.forEach(n -> n.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
        List<String> vocabulary = new ArrayList<>(frequency.keySet());
        vocabulary.sort(Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        for (int r = 0; r < vocabulary.size(); r++) {
            rank.put(vocabulary.get(r), r);
        }
        // the sets of words of three or more, each with its claims
        Map<WordSet, Integer> setIndex = new HashMap<>();
        List<WordSet> sets = new ArrayList<>();
        List<List<Node>> members = new ArrayList<>();
        for (Node n : nodes) {
            int[] w = n.words().stream().mapToInt(rank::get).sorted().toArray();
            if (w.length < 3) {
                continue;
            }
            WordSet key = new WordSet(n.analysis().article().language().code(), w);
            Integer s = setIndex.get(key);
            if (s == null) {
                s = sets.size();
                setIndex.put(key, s);
                sets.add(key);
                members.add(new ArrayList<>());
            }
            members.get(s).add(n);
        }
        int count = sets.size();
        // the one article all of a set's claims come from, or null when they come from several (then joined now)
        Analysis[] onlyArticle = new Analysis[count];
        boolean[] linked = new boolean[count];
        for (int s = 0; s < count; s++) {
            List<Node> m = members.get(s);
            onlyArticle[s] = m.getFirst().analysis();
            for (Node n : m) {
                if (n.analysis() != onlyArticle[s]) {
                    onlyArticle[s] = null;
                }
            }
            if (onlyArticle[s] == null) {
                link(s, members, linked, parent);
            }
        }
        int[] postingSize = new int[vocabulary.size()];
        for (WordSet set : sets) {
            for (int r : set.words()) {
                postingSize[r]++;
            }
        }
        // every set, by word: the set and where the word stands among its words
        int[][] postingSet = new int[vocabulary.size()][];
        int[][] postingPlace = new int[vocabulary.size()][];
        for (int r = 0; r < vocabulary.size(); r++) {
            postingSet[r] = new int[postingSize[r]];
            postingPlace[r] = new int[postingSize[r]];
            postingSize[r] = 0;
        }
        for (int i = 0; i < count; i++) {
            int[] w = sets.get(i).words();
            for (int k = 0; k < w.length; k++) {
                int r = w[k];
                postingSet[r][postingSize[r]] = i;
                postingPlace[r][postingSize[r]++] = k;
            }
        }
        int[] mark = new int[count];
        Arrays.fill(mark, -1);
        int[] shared = new int[count];
        List<Integer> touched = new ArrayList<>();
        for (int x = 0; x < count; x++) {
            int[] xw = sets.get(x).words();
            int m = xw.length;
            int needed = (int) Math.ceil(SAME_WORDS * m);
            touched.clear();
            for (int i = 0; i <= m - needed; i++) {
                int[] ys = postingSet[xw[i]];
                int[] places = postingPlace[xw[i]];
                int from = 0;
                int to = ys.length;
                if (ys.length > 2 * NEAREST + 1) {
                    int at = Arrays.binarySearch(ys, x); // the sets of a word are in the order of the claims
                    from = Math.max(0, at - NEAREST);
                    to = Math.min(ys.length, at + NEAREST + 1);
                }
                for (int k = from; k < to; k++) {
                    int y = ys[k];
                    int n = sets.get(y).words().length;
                    if (n < m || y == x) {
                        continue; // a smaller set finds this one from its own prefix
                    }
                    if (mark[y] != x) {
                        mark[y] = x;
                        shared[y] = 0;
                        touched.add(y);
                    } else if (shared[y] < 0) {
                        continue;
                    }
                    shared[y] = shared[y] + 1 + Math.min(m - i - 1, n - places[k] - 1) < needed ? -1 : shared[y] + 1;
                }
            }
            Node first = members.get(x).getFirst();
            for (int y : touched) {
                Node other = members.get(y).getFirst();
                if (shared[y] > 0 && (onlyArticle[x] == null || onlyArticle[x] != onlyArticle[y])
                        && find(parent, first.index()) != find(parent, other.index())
                        && sets.get(x).language().equals(sets.get(y).language()) && common(xw, sets.get(y).words()) >= needed) {
                    link(x, members, linked, parent);
                    link(y, members, linked, parent);
                    union(parent, first.index(), other.index());
                }
            }
        }
    }

    /** A language and the sorted numbers of a claim's content words. */
    private record WordSet(String language, int[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof WordSet w && language.equals(w.language) && Arrays.equals(words, w.words);
        }

        @Override
        public int hashCode() {
            return 31 * language.hashCode() + Arrays.hashCode(words);
        }
    }

    /** Joins the claims of set {@code s}, which will be in one thread, unless they are already. */
    private static void link(int s, List<List<Node>> members, boolean[] linked, int[] parent) {
        if (linked[s]) {
            return;
        }
        List<Node> claims = members.get(s);
        for (Node n : claims) {
            union(parent, claims.getFirst().index(), n.index());
        }
        linked[s] = true;
    }

    /** How many numbers two sorted arrays of distinct numbers have in common. */
    private static int common(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** Content words: folded, four letters or more (articles, pronouns and most function words drop out). */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Source.fold(text).split(" ")) {
            if (w.length() >= 4) {
                out.add(w.endsWith("s") || w.endsWith("x") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}

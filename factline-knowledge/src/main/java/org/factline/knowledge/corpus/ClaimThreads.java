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
     * {@link #SAME_WORDS} of the content words of the one with fewer, which has three or more. Without comparing
     * every pair: Words are numbered rarest first and each claim's words sorted so. Two claims whose words
     * are close share at least {@code needed}, half the words of the one with fewer: so the smaller one shares with
     * the other one of its first {@code size - needed + 1} words (its prefix), and each claim is compared only with
     * the claims of at least its size that have one of those, found through an index of every claim's words. While
     * its prefix is read, a claim that cannot reach {@code needed} any more (those found so far, plus the words both
     * have after the current one at best) is dropped (the "positional filter" of PPJoin, Xiao et al. 2008). A pair
     * already joined through others is not compared: the threads are the same as if every pair had been.
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
        int[][] words = new int[nodes.size()][];
        int[] postingSize = new int[vocabulary.size()];
        for (Node n : nodes) {
            int[] w = n.words().stream().mapToInt(rank::get).sorted().toArray();
            words[n.index()] = w;
            if (w.length >= 3) {
                for (int r : w) {
                    postingSize[r]++;
                }
            }
        }
        // every claim of three words or more, by word: the claim and where the word stands among its words
        int[][] postingNode = new int[vocabulary.size()][];
        int[][] postingPlace = new int[vocabulary.size()][];
        for (int r = 0; r < vocabulary.size(); r++) {
            postingNode[r] = new int[postingSize[r]];
            postingPlace[r] = new int[postingSize[r]];
            postingSize[r] = 0;
        }
        for (int i = 0; i < words.length; i++) {
            if (words[i].length >= 3) {
                for (int k = 0; k < words[i].length; k++) {
                    int r = words[i][k];
                    postingNode[r][postingSize[r]] = i;
                    postingPlace[r][postingSize[r]++] = k;
                }
            }
        }
        int[] mark = new int[nodes.size()];
        Arrays.fill(mark, -1);
        int[] shared = new int[nodes.size()];
        List<Integer> touched = new ArrayList<>();
        for (Node x : nodes) {
            int[] xw = words[x.index()];
            int m = xw.length;
            if (m < 3) {
                continue;
            }
            int needed = (int) Math.ceil(SAME_WORDS * m);
            touched.clear();
            for (int i = 0; i <= m - needed; i++) {
                int[] ys = postingNode[xw[i]];
                int[] places = postingPlace[xw[i]];
                for (int k = 0; k < ys.length; k++) {
                    int y = ys[k];
                    int n = words[y].length;
                    if (n < m || y == x.index()) {
                        continue; // a smaller claim finds this one from its own prefix
                    }
                    if (mark[y] != x.index()) {
                        mark[y] = x.index();
                        shared[y] = 0;
                        touched.add(y);
                    } else if (shared[y] < 0) {
                        continue;
                    }
                    shared[y] = shared[y] + 1 + Math.min(m - i - 1, n - places[k] - 1) < needed ? -1 : shared[y] + 1;
                }
            }
            for (int y : touched) {
                Node other = nodes.get(y);
                if (shared[y] > 0 && x.analysis() != other.analysis() && find(parent, x.index()) != find(parent, y)
                        && sameLanguage(x, other) && common(xw, words[y]) >= needed) {
                    union(parent, x.index(), y);
                }
            }
        }
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

    private static boolean sameLanguage(Node x, Node y) {
        return x.analysis().article().language().code().equals(y.analysis().article().language().code());
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

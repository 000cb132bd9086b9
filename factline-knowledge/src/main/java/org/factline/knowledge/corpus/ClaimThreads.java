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
     * Joins the claims of different articles in one language whose words are close ({@link #close}). Two claims
     * whose words are close share at least half the words of the one with fewer: so the smaller one shares with the
     * other one of any {@code size - needed + 1} of its own words, and each claim is compared only with the claims
     * that have one of its rarest words that many, and at least as many words as it has. A pair already joined
     * through others is not compared: the threads are the same as if every pair had been.
     */
    private static void joinCloseWords(List<Node> nodes, int[] parent) {
        Map<String, Integer> frequency = new HashMap<>();
        nodes.forEach(n -> n.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
        Comparator<String> rarestFirst = Comparator.comparingInt((String w) -> frequency.get(w))
                .thenComparing(Comparator.naturalOrder());
        Map<String, List<Integer>> withWord = new HashMap<>();
        List<String[]> rarest = new ArrayList<>();
        for (Node n : nodes) {
            String[] words = n.words().toArray(new String[0]);
            Arrays.sort(words, rarestFirst);
            rarest.add(words);
            if (words.length >= 3) {
                for (String w : words) {
                    withWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n.index());
                }
            }
        }
        int[] seen = new int[nodes.size()];
        Arrays.fill(seen, -1);
        for (Node x : nodes) {
            String[] words = rarest.get(x.index());
            if (words.length < 3) {
                continue;
            }
            int needed = (int) Math.ceil(SAME_WORDS * words.length);
            for (int k = 0; k <= words.length - needed; k++) {
                for (int j : withWord.get(words[k])) {
                    Node y = nodes.get(j);
                    if (seen[j] == x.index() || y.words().size() < words.length) {
                        continue;
                    }
                    seen[j] = x.index();
                    if (x.analysis() != y.analysis() && find(parent, x.index()) != find(parent, j) && sameLanguage(x, y)
                            && close(x.words(), y.words())) {
                        union(parent, x.index(), j);
                    }
                }
            }
        }
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

    private static boolean close(Set<String> a, Set<String> b) {
        if (a.size() < 3 || b.size() < 3) {
            return false;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared >= SAME_WORDS * Math.min(a.size(), b.size());
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

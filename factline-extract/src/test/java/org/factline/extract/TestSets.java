package org.factline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factline.model.Article;
import org.factline.model.Language;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;
import org.factline.model.Span;

/**
 * What the project's own annotated sets ({@code claims/}, {@code events/}, {@code quantities/} under the
 * test resources) share: reading them, turning an item into an article, and comparing texts and names
 * the way {@code shared/tools/score.py} does.
 */
public final class TestSets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STOP = Set.of("the", "of", "and", "la", "le", "de", "du", "des", "les", "l", "d");

    private TestSets() {
    }

    /** Detection figures: precision, recall and F1 from the gold, system and hit counts. */
    public interface Detection {
        int gold();

        int system();

        int hit();

        default double precision() {
            return system() == 0 ? 0 : (double) hit() / system();
        }

        default double recall() {
            return gold() == 0 ? 0 : (double) hit() / gold();
        }

        default double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The items of {@code <folder>/<lang>.jsonl}, one JSON object per non-blank line. */
    public static List<JsonNode> read(String folder, String lang) throws Exception {
        String resource = folder + "/" + lang + ".jsonl";
        List<JsonNode> items = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TestSets.class.getResourceAsStream("/" + resource), resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    items.add(JSON.readTree(line));
                }
            }
        }
        return items;
    }

    /** An item as an article: its text, paragraphs split at blank lines, its {@code dct} as the stated date. */
    public static Article article(String lang, JsonNode item) {
        String text = item.path("text").asText();
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            int stop = end < 0 ? text.length() : end;
            if (stop > start) {
                paragraphs.add(new Span(start, stop));
            }
            if (end < 0) {
                break;
            }
            start = end + 2;
        }
        LocalDate dct = LocalDate.parse(item.path("dct").asText());
        return new Article(item.path("id").asText(), item.path("id").asText(), new SourceRef("test", "text"), null, null,
                null, new Language(lang, 1, true, true), PublicationDate.day(dct, PublicationDate.Basis.HEADER, null), text,
                text, paragraphs, List.of(), List.of(), List.of());
    }

    /** The shared scorer's tokens: accents and case folded, split on spaces, apostrophes and hyphens. */
    public static List<String> tokens(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[«»“”\"]", " ").replaceAll("[^\\p{L}\\p{N}' -]", " ");
        List<String> out = new ArrayList<>();
        for (String t : n.split("[\\s'-]+")) {
            if (!t.isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The shared scorer's overlap: the share of the shorter text's tokens found in the other. */
    public static double overlap(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> pool = new HashMap<>();
        tb.forEach(t -> pool.merge(t, 1, Integer::sum));
        int hit = 0;
        for (String t : ta) {
            if (pool.getOrDefault(t, 0) > 0) {
                pool.merge(t, -1, Integer::sum);
                hit++;
            }
        }
        return (double) hit / Math.min(ta.size(), tb.size());
    }

    /** The shared scorer's same_name: the content words of one name are all in the other. */
    public static boolean sameActor(String gold, String system) {
        if (system == null) {
            return false;
        }
        Set<String> g = new HashSet<>(tokens(gold));
        Set<String> s = new HashSet<>(tokens(system));
        g.removeAll(STOP);
        s.removeAll(STOP);
        return !g.isEmpty() && !s.isEmpty() && (g.containsAll(s) || s.containsAll(g));
    }
}

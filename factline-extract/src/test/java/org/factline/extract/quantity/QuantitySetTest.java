package org.factline.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.extract.TestSets;
import org.factline.model.Analysis;
import org.factline.model.Quantity;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The quantity extractor on the project's own figure sets ({@code quantities/<lang>.jsonl}: passages in many
 * outlets' styles with the expected figures, and passages whose numbers are no figures). An expected figure
 * is found when a figure's words overlap its words in the passage; then value, qualifier, unit and source
 * are compared. Prints the figures; fails below the floors, which sit just under what was measured
 * (docs/QUALITY.md). The bar is a value accuracy of 0.95.
 */
class QuantitySetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline PIPELINE = Pipelines.standard();

    @Test
    void french() throws Exception {
        Figures f = measure("fr");
        assertTrue(f.valueAccuracy() >= 0.95, "French value accuracy " + f);
        assertTrue(f.precision() >= FLOORS.get("fr.p"), "French precision " + f);
        assertTrue(f.recall() >= FLOORS.get("fr.r"), "French recall " + f);
        assertTrue(f.qualifierAccuracy() >= FLOORS.get("fr.qualifier"), "French qualifier accuracy " + f);
        assertTrue(f.unitAccuracy() >= FLOORS.get("fr.unit"), "French unit accuracy " + f);
        assertTrue(f.sourceAccuracy() >= FLOORS.get("fr.source"), "French source accuracy " + f);
    }

    @Test
    void english() throws Exception {
        Figures f = measure("en");
        assertTrue(f.valueAccuracy() >= 0.95, "English value accuracy " + f);
        assertTrue(f.precision() >= FLOORS.get("en.p"), "English precision " + f);
        assertTrue(f.recall() >= FLOORS.get("en.r"), "English recall " + f);
        assertTrue(f.qualifierAccuracy() >= FLOORS.get("en.qualifier"), "English qualifier accuracy " + f);
        assertTrue(f.unitAccuracy() >= FLOORS.get("en.unit"), "English unit accuracy " + f);
        assertTrue(f.sourceAccuracy() >= FLOORS.get("en.source"), "English source accuracy " + f);
    }

    /** Just under the figures measured when the floors were last set (docs/QUALITY.md). */
    private static final Map<String, Double> FLOORS = Map.ofEntries(
            Map.entry("fr.p", 0.93), Map.entry("fr.r", 0.95), Map.entry("fr.qualifier", 0.97),
            Map.entry("fr.unit", 0.88), Map.entry("fr.source", 0.86),
            Map.entry("en.p", 0.97), Map.entry("en.r", 0.95), Map.entry("en.qualifier", 0.94),
            Map.entry("en.unit", 0.86), Map.entry("en.source", 0.90));

    record Figures(String lang, int gold, int system, int hit, int valueOk, int qualifierOk, int unitOk,
                   int sourceOk) implements TestSets.Detection {

        double valueAccuracy() {
            return share(valueOk);
        }

        double qualifierAccuracy() {
            return share(qualifierOk);
        }

        double unitAccuracy() {
            return share(unitOk);
        }

        double sourceAccuracy() {
            return share(sourceOk);
        }

        private double share(int n) {
            return hit == 0 ? 0 : (double) n / hit;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: gold %d, system %d, found %d — P %.3f R %.3f F1 %.3f; value %.3f,"
                            + " qualifier %.3f, unit %.3f, source %.3f", lang, gold, system, hit, precision(), recall(),
                    f1(), valueAccuracy(), qualifierAccuracy(), unitAccuracy(), sourceAccuracy());
        }
    }

    static Figures measure(String lang) throws Exception {
        int gold = 0;
        int system = 0;
        int hit = 0;
        int valueOk = 0;
        int qualifierOk = 0;
        int unitOk = 0;
        int sourceOk = 0;
        boolean verbose = System.getenv("FACTLINE_QTY_VERBOSE") != null;
        for (JsonNode item : TestSets.read("quantities", lang)) {
            String text = item.path("text").asText();
            Analysis a = PIPELINE.analyse(TestSets.article(lang, item));
            List<JsonNode> expected = new ArrayList<>();
            item.path("quantities").forEach(expected::add);
            List<Span> goldSpans = goldSpans(text, expected);
            List<Quantity> found = a.quantities();
            gold += expected.size();
            system += found.size();
            Set<Integer> pairedSystem = new HashSet<>();
            Set<Integer> pairedGold = new HashSet<>();
            for (int[] p : pair(goldSpans, found)) {
                JsonNode g = expected.get(p[0]);
                Quantity q = found.get(p[1]);
                pairedGold.add(p[0]);
                pairedSystem.add(p[1]);
                hit++;
                boolean value = sameValue(g.path("value"), q.value());
                boolean qualifier = g.path("qualifier").asText().equals(q.qualifier().label());
                boolean unit = g.path("unit").asText().equalsIgnoreCase(Objects.toString(q.unit()));
                String source = q.source() == null ? "narrator" : q.source().name();
                boolean sourceRight = TestSets.sameActor(g.path("source").asText(), source);
                valueOk += value ? 1 : 0;
                qualifierOk += qualifier ? 1 : 0;
                unitOk += unit ? 1 : 0;
                sourceOk += sourceRight ? 1 : 0;
                if (verbose) {
                    System.out.printf("%s %s [%s] value %s/%s %s, %s/%s unit %s/%s, source %s/%s, what [%s]%n",
                            item.path("id").asText(), value && qualifier && unit && sourceRight ? "ok   " : "WRONG",
                            q.text(), g.path("value").asText(), q.value(), g.path("qualifier").asText(),
                            q.qualifier().label(), q.approx() ? "approx" : "", g.path("unit").asText(), q.unit(),
                            g.path("source").asText(), source, q.what());
                }
            }
            if (verbose) {
                for (int i = 0; i < expected.size(); i++) {
                    if (!pairedGold.contains(i)) {
                        System.out.println(item.path("id").asText() + " MISS  [" + expected.get(i).path("text").asText() + "]");
                    }
                }
                for (int i = 0; i < found.size(); i++) {
                    if (!pairedSystem.contains(i)) {
                        System.out.println(item.path("id").asText() + " EXTRA [" + found.get(i).text() + "] "
                                + found.get(i).value() + " " + found.get(i).unit() + " what [" + found.get(i).what() + "]");
                    }
                }
            }
        }
        Figures f = new Figures(lang, gold, system, hit, valueOk, qualifierOk, unitOk, sourceOk);
        System.out.println("quantities " + f);
        return f;
    }

    /** Where each expected figure's words are: the n-th expected figure with the same words is their n-th occurrence. */
    private static List<Span> goldSpans(String text, List<JsonNode> expected) {
        List<Span> out = new ArrayList<>();
        Map<String, Integer> from = new HashMap<>();
        for (JsonNode g : expected) {
            String words = g.path("text").asText();
            int at = text.indexOf(words, from.getOrDefault(words, 0));
            while (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || ".,".indexOf(text.charAt(at - 1)) >= 0
                    && at > 1 && Character.isDigit(text.charAt(at - 2)))) {
                at = text.indexOf(words, at + 1); // "5%" is not the end of "5.25%"
            }
            if (at < 0) {
                throw new IllegalStateException("expected figure '" + words + "' is not in the passage");
            }
            from.put(words, at + words.length());
            out.add(new Span(at, at + words.length()));
        }
        return out;
    }

    /** Best-first pairing by the length of text the expected and found figures share. */
    private static List<int[]> pair(List<Span> gold, List<Quantity> found) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < found.size(); j++) {
                Span g = gold.get(i);
                Span s = found.get(j).span();
                int shared = Math.min(g.end(), s.end()) - Math.max(g.start(), s.start());
                if (shared > 0) {
                    candidates.add(new int[] {shared, i, j});
                }
            }
        }
        candidates.sort((x, y) -> Integer.compare(y[0], x[0]));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int[] c : candidates) {
            if (!usedG.contains(c[1]) && !usedS.contains(c[2])) {
                usedG.add(c[1]);
                usedS.add(c[2]);
                pairs.add(new int[] {c[1], c[2]});
            }
        }
        return pairs;
    }

    /** Equal within half a percent, as the shared scorer compares values; or both without a value. */
    private static boolean sameValue(JsonNode gold, Double value) {
        if (gold.isNull() || gold.isMissingNode()) {
            return value == null;
        }
        double g = gold.asDouble();
        return value != null && Math.abs(g - value) <= 0.005 * Math.max(Math.abs(g), 1);
    }

    private static final Set<String> STOP = Set.of("the", "of", "and", "la", "le", "de", "du", "des", "les", "l", "d");
}

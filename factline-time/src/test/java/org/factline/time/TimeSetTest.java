package org.factline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factline.model.Timex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The normaliser against the project's own sentence sets ({@code time/fr.jsonl}, {@code time/en.jsonl}:
 * news sentences with their date and every expected TIMEX3, written for Factline; see the README there).
 * An expected expression is found when a tagged one shares at least half the words of the shorter of the
 * two (as ../shared/tools/score.py pairs them), and right when the value is the same.
 */
class TimeSetTest {

    @ParameterizedTest
    @CsvSource({"fr, 0.95, 0.90", "en, 0.95, 0.90"})
    void findsAndValuesTheExpressionsOfTheSet(String language, double minFound, double minValued) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(TimeTagger.forLanguage(language).isPresent(),
                "no time grammar for " + language + " yet");
        TimeTagger tagger = TimeTagger.forLanguage(language).orElseThrow();
        int expected = 0;
        int found = 0;
        int valued = 0;
        int tagged = 0;
        List<String> wrong = new ArrayList<>();
        for (Item item : read("time/" + language + ".jsonl")) {
            List<Timex> timexes = tagger.tag(item.text(), item.dct(), new LexicalTense(item.text(), language));
            tagged += timexes.size();
            Set<Timex> used = new HashSet<>();
            for (String[] gold : item.timex()) {
                expected++;
                Timex best = null;
                for (Timex t : timexes) {
                    if (!used.contains(t) && overlap(gold[0], t.text()) >= 0.5) {
                        best = t;
                        if (norm(gold[1]).equals(norm(t.value()))) {
                            break;
                        }
                    }
                }
                if (best == null) {
                    wrong.add(item.id() + " missed “" + gold[0] + "” " + gold[1]);
                    continue;
                }
                used.add(best);
                found++;
                if (norm(gold[1]).equals(norm(best.value()))) {
                    valued++;
                } else {
                    wrong.add(item.id() + " “" + gold[0] + "” " + gold[1] + " ≠ “" + best.text() + "” " + best.value());
                }
            }
        }
        double foundShare = (double) found / expected;
        double valueAccuracy = (double) valued / expected;
        System.out.printf(Locale.ROOT, "%s set: %d expected, %d tagged, found %.3f, value accuracy %.3f%n",
                language, expected, tagged, foundShare, valueAccuracy);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(foundShare).as("share of expressions found").isGreaterThanOrEqualTo(minFound);
        assertThat(valueAccuracy).as("value accuracy").isGreaterThanOrEqualTo(minValued);
    }

    private record Item(String id, LocalDate dct, String text, List<String[]> timex) {
    }

    private static final Pattern FIELD = Pattern.compile("\"(id|dct|text)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TIMEX = Pattern.compile("\\{\\s*\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"[^}]*?\"value\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"[^}]*}");

    /** The set's lines; the test reads the few fields it needs without a JSON library. */
    private static List<Item> read(String resource) throws IOException {
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TimeSetTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String id = null;
                String dct = null;
                String text = null;
                int timexAt = line.indexOf("\"timex\"");
                Matcher f = FIELD.matcher(line.substring(0, timexAt));
                while (f.find()) {
                    switch (f.group(1)) {
                        case "id" -> id = unescape(f.group(2));
                        case "dct" -> dct = f.group(2);
                        default -> text = unescape(f.group(2));
                    }
                }
                List<String[]> timex = new ArrayList<>();
                Matcher t = TIMEX.matcher(line.substring(timexAt));
                while (t.find()) {
                    timex.add(new String[] {unescape(t.group(1)), t.group(2)});
                }
                items.add(new Item(id, LocalDate.parse(dct), text, timex));
            }
        }
        return items;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'u') {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(n == 'n' ? '\n' : n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String norm(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replaceAll("T00:00(:00)?$", "");
    }

    private static List<String> words(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        List<String> out = new ArrayList<>();
        for (String w : d.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static double overlap(String a, String b) {
        List<String> ta = words(a);
        List<String> pool = new ArrayList<>(words(b));
        if (ta.isEmpty() || pool.isEmpty()) {
            return 0;
        }
        int hit = 0;
        int shorter = Math.min(ta.size(), pool.size());
        for (String w : ta) {
            if (pool.remove(w)) {
                hit++;
            }
        }
        return (double) hit / shorter;
    }
}

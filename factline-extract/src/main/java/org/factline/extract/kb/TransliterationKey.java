package org.factline.extract.kb;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A key for a name that is the same for its French, English and German renderings: "Valéri Guérassimov",
 * "Valery Gerasimov" and "Waleri Gerassimow" all give {@code valerigerasimov}. The rules live in
 * {@code kb/transliteration.tsv}; names in Cyrillic or another script are first romanised with ICU
 * (BGN/PCGN for Russian and Ukrainian, which is what English-language news uses).
 *
 * <p>Beider–Morse phonetic matching (commons-codec) was tried first: at about 3 ms a name it is too slow to key
 * a whole knowledge base, and it misses the French renderings that matter most here (Poutine/Putin,
 * Guérassimov/Gerasimov, Selenskyj/Zelensky), so it only confirms near misses in {@link NameMatcher}.
 */
final class TransliterationKey {

    /** The languages whose spelling conventions the rules know. */
    static final List<String> LANGUAGES = List.of("en", "fr", "de");

    /** A rewrite; plain-text patterns are replaced as text, which is much faster than a regular expression. */
    private record Rule(String stage, String literal, Pattern pattern, String replacement) {

        String apply(String s) {
            if (literal != null) {
                return s.contains(literal) ? s.replace(literal, replacement) : s;
            }
            return pattern.matcher(s).replaceAll(replacement);
        }
    }

    private static final List<Rule> RULES = loadRules();
    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator UKRAINIAN = Transliterator.getInstance("Ukrainian-Latin/BGN; Latin-ASCII");
    private static final Transliterator ANY = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private TransliterationKey() {
    }

    /** The key of a name as written by speakers of {@code lang} (other languages read as English). */
    static String of(String name, String lang) {
        boolean latin = isLatin(name);
        String reading = latin && LANGUAGES.contains(lang) ? lang : "en";
        String s = Folding.lower(latin ? name : romanised(name, lang)).replace('-', ' ');
        for (Rule r : RULES) {
            if (r.stage().equals("pre") || r.stage().equals("post") || r.stage().equals(reading)) {
                s = r.apply(s);
            }
        }
        return s;
    }

    /** The keys of a name read as each language whose conventions the rules know. */
    static Set<String> all(String name) {
        Set<String> keys = new LinkedHashSet<>();
        for (String lang : LANGUAGES) {
            keys.add(of(name, lang));
        }
        return keys;
    }

    /** The key without vowels: a coarse block for near misses. */
    static String consonants(String key) {
        return key.replaceAll("[aeiou]", "");
    }

    static boolean isLatin(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x250 && Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static String romanised(String name, String lang) {
        Transliterator t = switch (lang) {
            case "ru" -> RUSSIAN;
            case "uk" -> UKRAINIAN;
            default -> ANY;
        };
        synchronized (t) {
            return t.transliterate(name);
        }
    }

    private static List<Rule> loadRules() {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TransliterationKey.class.getResourceAsStream("/kb/transliteration.tsv"),
                "kb/transliteration.tsv missing"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                boolean plain = f[1].chars().allMatch(Character::isLetter);
                rules.add(new Rule(f[0].toLowerCase(Locale.ROOT), plain ? f[1] : null, Pattern.compile(f[1]),
                        f.length > 2 ? f[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}

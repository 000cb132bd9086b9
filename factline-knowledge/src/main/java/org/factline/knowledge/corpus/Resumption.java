package org.factline.knowledge.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Words that say something starts again, from {@code corpus/resumption.txt}: "à nouveau", "resumed". */
final class Resumption {

    private static final List<Pattern> PHRASES = load();

    private Resumption() {
    }

    static boolean says(String words) {
        if (words == null) {
            return false;
        }
        String w = words.toLowerCase(Locale.ROOT).replace('’', '\'');
        return PHRASES.stream().anyMatch(p -> p.matcher(w).find());
    }

    private static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        try (InputStream in = Resumption.class.getResourceAsStream("/corpus/resumption.txt")) {
            if (in == null) {
                throw new IllegalStateException("corpus/resumption.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String phrase = line.strip();
                if (!phrase.isEmpty() && !phrase.startsWith("#")) {
                    out.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}

package org.factline.knowledge.corpus;

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
        for (DataLines.Line line : DataLines.read("corpus/resumption.txt")) {
            out.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(line.text().strip()) + "(?![\\p{L}])"));
        }
        return List.copyOf(out);
    }
}

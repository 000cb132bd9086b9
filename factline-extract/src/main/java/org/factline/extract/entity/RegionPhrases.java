package org.factline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.model.Span;
import org.factline.model.lang.DataFile;

/**
 * Phrases that name a region by its main city ({@code lang/<code>/region-phrases.tsv}): "la région de
 * Koursk", "the Kursk region". Given where a place name is, tells the span of the region phrase around it.
 */
final class RegionPhrases {

    private record Phrase(boolean before, Pattern pattern) {
    }

    private final Map<String, List<Phrase>> phrases = new ConcurrentHashMap<>();

    /** The span of a region phrase around the place at {@code place}, or null. */
    Span around(String foldedText, Span place, String lang) {
        for (Phrase p : phrases.computeIfAbsent(lang, RegionPhrases::load)) {
            if (p.before()) {
                int from = Math.max(0, place.start() - 60);
                Matcher m = p.pattern().matcher(foldedText.substring(from, place.start()));
                if (m.find()) {
                    return new Span(from + m.start(), place.end());
                }
            } else {
                Matcher m = p.pattern().matcher(foldedText).region(place.end(), foldedText.length());
                if (m.lookingAt()) {
                    return new Span(place.start(), m.end());
                }
            }
        }
        return null;
    }

    private static List<Phrase> load(String lang) {
        List<Phrase> out = new ArrayList<>();
        List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + lang + "/region-phrases.tsv");
        for (DataFile.Line line : lines == null ? List.<DataFile.Line>of() : lines) {
            String[] f = line.fields(2);
            boolean before = switch (f[0]) {
                case "before" -> true;
                case "after" -> false;
                default -> throw line.malformed("position must be before or after");
            };
            // A phrase before the place must end right at it.
            out.add(new Phrase(before, Pattern.compile(before ? "(?<![a-z])" + f[1] + "$" : f[1] + "(?![a-z])")));
        }
        return out;
    }
}

package org.factline.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factline.model.Span;
import org.factline.model.lang.DataFile;

/**
 * Names introduced by an honorific or a title of address ({@code lang/<code>/honorifics.txt}): "M.
 * Guérassimov", "Mme Merkel", "Mr Zelensky", "President Biden", "le général Syrsky".
 */
final class Honorifics {

    /** The whole phrase, and the name in it. */
    record Found(Span span, Span name) {
    }

    // A name: one to three capitalised words, hyphens and apostrophes inside ("Jean-Pierre", "O'Brien").
    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]*\\p{L}(?:\\s+\\p{Lu}[\\p{L}'’-]*\\p{L}){0,2})";

    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    List<Found> find(String text, String lang) {
        Pattern pattern = patterns.computeIfAbsent(lang, Honorifics::compile);
        List<Found> found = new ArrayList<>();
        if (pattern == null) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Found(new Span(m.start(), m.end()), new Span(m.start(1), m.end(1))));
        }
        return found;
    }

    private static Pattern compile(String lang) {
        List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + lang + "/honorifics.txt");
        if (lines == null || lines.isEmpty()) {
            return Pattern.compile("(?!)()");
        }
        String words = lines.stream().map(DataFile.Line::text)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + words + ")\\s+" + NAME);
    }
}

package org.factline.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.factline.model.lang.DataFile;
import org.factline.model.lang.Folding;

/**
 * The time words of one language, by category, read from {@code lang/<code>/time/lexicon.tsv}: months,
 * weekdays, number words, units, parts of the day, seasons, relative words and modifiers. Each line is
 * {@code category<TAB>value<TAB>form|form|…}; forms are stored folded (lower case, no accents), and a form
 * written with a capital letter ("May", "March") only counts when the text writes it with one.
 */
final class TimeLexicon {

    private final String resource;
    private final Map<String, Map<String, String>> categories = new LinkedHashMap<>();
    private final Map<String, Set<String>> written = new HashMap<>();
    private final Set<String> capitalised = new HashSet<>();

    private TimeLexicon(String resource) {
        this.resource = resource;
    }

    static TimeLexicon load(String language) {
        TimeLexicon lexicon = new TimeLexicon("lang/" + language + "/time/lexicon.tsv");
        for (DataFile.Line line : DataFile.lines(lexicon.resource)) {
            String[] cols = line.fields(3);
            String category = cols[0].strip();
            String value = cols[1].strip();
            Map<String, String> forms = lexicon.categories.computeIfAbsent(category, c -> new HashMap<>());
            for (String form : cols[2].split("\\|")) {
                String written = form.strip();
                if (written.isEmpty()) {
                    throw line.malformed("empty form");
                }
                String folded = Folding.fold(written);
                lexicon.written.computeIfAbsent(category, c -> new HashSet<>()).add(folded);
                String before = forms.putIfAbsent(key(written), value);
                if (before != null && !before.equals(value)) {
                    throw line.malformed("form '" + written + "' already has value " + before + " in " + category);
                }
                if (Character.isUpperCase(written.charAt(0))) {
                    lexicon.capitalised.add(category + "\u0000" + key(written));
                }
            }
        }
        return lexicon;
    }

    boolean has(String category) {
        return categories.containsKey(category);
    }

    /** The value of a form (folded or not), or null. */
    String value(String category, String form) {
        Map<String, String> forms = categories.get(category);
        return forms == null ? null : forms.get(key(form));
    }

    /** Whether {@code written}, as it stands in the text, may be the word of this category ("may" is not May). */
    boolean caseFits(String category, String written) {
        return written.isEmpty() || !Character.isLowerCase(written.charAt(0))
                || !capitalised.contains(category + "\u0000" + key(written));
    }

    /** A regular-expression alternation of the category's forms, longest first, any run of spaces matching a space. */
    String alternation(String category) {
        Set<String> forms = written.get(category);
        if (forms == null) {
            throw new IllegalStateException(resource + ": no category '" + category + "'");
        }
        List<String> all = new ArrayList<>(forms);
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return all.stream().map(TimeLexicon::formPattern).collect(Collectors.joining("|"));
    }

    private static String formPattern(String form) {
        StringBuilder out = new StringBuilder();
        for (String part : form.split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append(TimeGrammar.SPACE);
            }
            String quoted = Pattern.quote(part);
            // A hyphen or an apostrophe inside a form may also be written as a space ("mi janvier", "week end").
            out.append(quoted.replace("-", "\\E[-\u2010\u2011 ]?\\Q"));
        }
        return out.toString();
    }

    /** The key a form is looked up by: folded, without spaces, hyphens, apostrophes or dots ("mi janvier" = "mi-janvier"). */
    static String key(String written) {
        return Folding.fold(written).replaceAll("[\\s\u00a0\u202f\\-\u2010\u2011'.]", "").toLowerCase(Locale.ROOT);
    }
}

package org.factline.ingest.date;

import org.factline.model.lang.Folding;
import org.factline.model.lang.DataFile;
import org.factline.model.lang.Languages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Month, weekday and ordinal words of every language Factline knows, read from the per-language
 * resource {@code lang/<code>/calendar.txt}. Forms are stored folded (lower case, no accents).
 */
final class CalendarLexicon {

    enum Kind { MONTH, WEEKDAY, ORDINAL }

    private final Map<Kind, Map<String, Integer>> forms = new HashMap<>();
    /** Forms the lexicon writes with a capital (English "May"): lower case in a text, they are other words. */
    private final java.util.Set<String> capitalised = new java.util.HashSet<>();

    private CalendarLexicon() {
        for (Kind kind : Kind.values()) {
            forms.put(kind, new HashMap<>());
        }
    }

    /** The lexicon of all languages listed in {@code lang/languages.txt}. */
    static CalendarLexicon load() {
        CalendarLexicon lexicon = new CalendarLexicon();
        for (String lang : Languages.analysable()) {
            lexicon.read("lang/" + lang + "/calendar.txt");
        }
        return lexicon;
    }

    private void read(String resource) {
        List<DataFile.Line> lines = DataFile.linesIfPresent(resource);
        for (DataFile.Line line : lines == null ? List.<DataFile.Line>of() : lines) {
            String[] cols = line.fields(3);
            Kind kind = Kind.valueOf(cols[0].strip().toUpperCase(java.util.Locale.ROOT));
            int number = Integer.parseInt(cols[1].strip());
            for (String form : cols[2].split("\\|")) {
                String folded = Folding.fold(form.strip());
                forms.get(kind).put(folded, number);
                if (Character.isUpperCase(form.strip().charAt(0))) {
                    capitalised.add(folded);
                }
            }
        }
    }

    /** Whether {@code written}, as it stands in a text, can be the calendar word (not "may" for May). */
    boolean caseFits(String written) {
        return !Character.isLowerCase(written.charAt(0)) || !capitalised.contains(Folding.fold(written));
    }

    /** The number of a folded form, or null. */
    Integer number(Kind kind, String foldedForm) {
        return forms.get(kind).get(foldedForm);
    }

    /** A regular-expression alternation of all forms of a kind, longest first, for folded text. */
    String alternation(Kind kind) {
        return alternation(kind, false);
    }

    /**
     * As {@link #alternation(Kind)}; with {@code fullFormsOnly}, abbreviations ("sat.", "mon") are left
     * out, for where a word stands alone and an abbreviation would be read in ordinary words ("he sat.").
     */
    String alternation(Kind kind, boolean fullFormsOnly) {
        List<String> all = new ArrayList<>(forms.get(kind).keySet());
        if (fullFormsOnly) {
            all.removeIf(f -> f.endsWith(".") || f.length() < 5);
        }
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return all.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}

package org.factline.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.factline.model.Span;
import org.factline.model.Timex;
import org.factline.model.lang.DataFile;
import org.factline.model.lang.Folding;

/**
 * The time-expression grammar of one language: patterns over the folded text, read from
 * {@code lang/<code>/time/rules.tsv}, whose words come from the language's {@link TimeLexicon}.
 *
 * <p>A rule is {@code TYPE<TAB>pattern[<TAB>field=value …]}. The pattern is a Java regular expression
 * over folded text (lower case, no accents, ’ as ') in which a space stands for any run of white space,
 * {@code {category}} for the words of a lexicon category captured as the field of that name,
 * {@code {category:field}} for the same captured under another name, {@code {one|other:field}} for the
 * words of either category, {@code {category/}} for the words
 * without capture, and {@code @name} for a macro defined on a line {@code @name = pattern}. Built-in
 * categories: {@code year} (1500–2199), {@code yy} (two digits), {@code dd} (day of month), {@code mm}
 * (month number), {@code hh} (hour), {@code min} (minutes), {@code dec} (a decade: 1990, 90, '90), {@code digits}, and {@code num}: a number in digits or words ("trois", "vingt-quatre", "a few" read as X).
 * Fixed fields after the pattern
 * say what the words imply ({@code rel=ago}, {@code anchor=ref}, {@code unit=W}). A rule of type {@code NOT}
 * names words that hold no time expression though they contain one ("rue du 8-Mai-1945"): like any rule it
 * takes the words it matches from shorter matches inside them, and nothing is tagged there.
 *
 * <p>The grammar only recognises and reads the words; {@link Resolver} turns the fields into a value,
 * the same way for every language.
 */
final class TimeGrammar {

    /** Any run of white space, non-breaking spaces included. */
    static final String SPACE = "[\\s\\u00a0\\u202f]+";
    private static final String OPTIONAL_SPACE = "[\\s\\u00a0\\u202f]*";
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final Map<String, String> BUILT_IN = Map.of(
            "year", "(?:1[5-9]|20|21)\\d\\d",
            "yy", "\\d\\d",
            "dd", "(?:0?[1-9]|[12]\\d|3[01])",
            "mm", "(?:0?[1-9]|1[0-2])",
            "hh", "(?:[01]?\\d|2[0-4])",
            "min", "[0-5]\\d",
            "digits", "\\d+(?:[.,]\\d+)?",
            "dec", "(?:1[5-9]|20)?\\d0|'\\d0");
    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z|]+)(?::([a-z]+))?(/)?}|@([a-z][a-z0-9]*)");

    /** The type of a rule whose words are no time expression ("rue du 8-Mai-1945", "de dernière minute"). */
    static final String NOT = "NOT";

    /** A rule of the grammar; a null type for a {@link #NOT} rule. */
    record Rule(String source, Timex.Type type, Pattern pattern, Map<String, String> categoryOf, Map<String, String> fixed) {

        boolean blocks() {
            return type == null;
        }
    }

    /**
     * What a rule recognised: the words and the fields read from them, already turned into values
     * (month "2", weekday "6", num "3" or "X", unit "W", …).
     */
    record Match(Span span, Rule rule, Map<String, String> fields) {

        String get(String field) {
            return fields.get(field);
        }

        boolean has(String field) {
            return fields.containsKey(field);
        }

        /** The month stated by name or number, or null. */
        Integer month() {
            return has("month") ? Integer.valueOf(get("month")) : has("mm") ? Integer.valueOf(get("mm")) : null;
        }

        /** The day of the month stated in digits or words ("1er", "first"), or null. */
        Integer day() {
            return has("dd") ? Integer.valueOf(get("dd")) : has("ordinal") ? Integer.valueOf(get("ordinal")) : null;
        }
    }

    private final String language;
    private final TimeLexicon lexicon;
    private final List<Rule> rules;
    private final int presentDirection;
    private final java.util.Set<String> lowercase;
    /** The prepositions left out of a span ("en", "depuis"), or null when the lexicon lists none. */
    private final Pattern lead;

    private TimeGrammar(String language, TimeLexicon lexicon, List<Rule> rules, int presentDirection,
                        java.util.Set<String> lowercase) {
        this.language = language;
        this.lexicon = lexicon;
        this.rules = rules;
        this.presentDirection = presentDirection;
        this.lowercase = lowercase;
        this.lead = lexicon.has("lead")
                ? Pattern.compile("(?:" + lexicon.alternation("lead") + ")(?:" + SPACE + "|(?<='))")
                : null;
    }

    /**
     * Whether a word of a category the language writes in lower case ({@code !lowercase = month weekday})
     * is capitalised where a sentence does not start and the text is not in capitals: then it is a name.
     */
    private boolean capitalisedName(String category, String text, int start, int end) {
        if (!lowercase.contains(category) || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        boolean allCaps = text.substring(start, end).chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allCaps) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "«“\"'‘(–—-".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?:;…".indexOf(text.charAt(i)) < 0 && !Character.isDigit(text.charAt(i));
    }

    /**
     * Which way a bare weekday in a present-tense clause points in this language's news (-1, 0 or +1):
     * French local news announces in the present ("Dimanche, le comité invite…"), English headlines
     * report in it ("Police arrest man on Friday").
     */
    int presentDirection() {
        return presentDirection;
    }

    static TimeGrammar load(String language) {
        TimeLexicon lexicon = TimeLexicon.load(language);
        String resource = "lang/" + language + "/time/rules.tsv";
        Map<String, String> macros = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        int presentDirection = 0;
        java.util.Set<String> lowercase = new java.util.HashSet<>();
        for (DataFile.Line line : DataFile.lines(resource)) {
            String text = line.text();
            if (text.startsWith("!lowercase")) {
                lowercase.addAll(List.of(text.substring(text.indexOf('=') + 1).strip().split("\\s+")));
                continue;
            }
            if (text.startsWith("!present-tense")) {
                String way = text.substring(text.indexOf('=') + 1).strip();
                presentDirection = switch (way) {
                    case "past" -> -1;
                    case "future" -> 1;
                    case "nearest" -> 0;
                    default -> throw line.malformed("!present-tense is past, future or nearest");
                };
                continue;
            }
            if (text.startsWith("@")) {
                int eq = text.indexOf('=');
                if (eq < 0) {
                    throw line.malformed("a macro is @name = pattern");
                }
                macros.put(text.substring(1, eq).strip(), text.substring(eq + 1).strip());
                continue;
            }
            String[] cols = text.split("\t");
            if (cols.length < 2 || cols.length > 3) {
                throw line.malformed("expected TYPE<TAB>pattern[<TAB>fields]");
            }
            Timex.Type type = null;
            if (!cols[0].strip().equals(NOT)) {
                try {
                    type = Timex.Type.valueOf(cols[0].strip());
                } catch (IllegalArgumentException e) {
                    throw line.malformed("unknown type " + cols[0]);
                }
            }
            Map<String, String> categoryOf = new HashMap<>();
            String regex = expand(cols[1].strip(), macros, lexicon, categoryOf, line, 0);
            Map<String, String> fixed = new HashMap<>();
            if (cols.length == 3) {
                for (String pair : cols[2].strip().split("\\s+")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw line.malformed("fixed fields are field=value");
                    }
                    fixed.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            try {
                Pattern pattern = Pattern.compile(BEFORE + "(?:" + regex + ")" + AFTER);
                rules.add(new Rule(resource + ":" + line.number(), type, pattern, categoryOf, fixed));
            } catch (PatternSyntaxException e) {
                throw line.malformed("bad pattern (" + e.getDescription() + ")");
            }
        }
        return new TimeGrammar(language, lexicon, rules, presentDirection, lowercase);
    }

    private static String expand(String pattern, Map<String, String> macros, TimeLexicon lexicon,
                                 Map<String, String> categoryOf, DataFile.Line line, int depth) {
        if (depth > 10) {
            throw line.malformed("macros nest too deep");
        }
        Matcher m = REFERENCE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(spaces(pattern.substring(last, m.start())));
            last = m.end();
            if (m.group(4) != null) {
                String macro = macros.get(m.group(4));
                if (macro == null) {
                    throw line.malformed("unknown macro @" + m.group(4));
                }
                out.append("(?:").append(expand(macro, macros, lexicon, categoryOf, line, depth + 1)).append(')');
                continue;
            }
            String category = m.group(1);
            String field = m.group(2) == null ? category : m.group(2);
            String words = BUILT_IN.containsKey(category) ? BUILT_IN.get(category)
                    : category.equals("num") ? NumberWords.pattern(lexicon)
                    : java.util.Arrays.stream(category.split("\\|")).map(lexicon::alternation)
                            .collect(java.util.stream.Collectors.joining("|"));
            if (m.group(3) != null) {
                out.append("(?:").append(words).append(')');
            } else {
                out.append("(?<").append(field).append('>').append(words).append(')');
                categoryOf.put(field, category);
            }
        }
        out.append(spaces(pattern.substring(last)));
        return out.toString();
    }

    /** A literal part of a pattern: accents folded as the text is ("années" matches "annees"), spaces widened. */
    private static String spaces(String literal) {
        StringBuilder folded = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            folded.append(c < 0x80 ? c : Folding.fold(String.valueOf(c)).charAt(0));
        }
        // " ?" is an optional space ("22h", "22 h"); any other space is a run of one or more
        return folded.toString().replace(" ?", OPTIONAL_SPACE).replace(" ", SPACE);
    }

    String language() {
        return language;
    }

    /**
     * The span without the prepositions the lexicon's {@code lead} category lists ("en décembre" →
     * "décembre", "depuis plusieurs semaines" → "plusieurs semaines"): they do not change the value, and
     * leaving them out gives every mention of an expression the same words.
     */
    Span trimLead(String text, Span span) {
        if (lead == null) {
            return span;
        }
        String folded = Folding.fold(span.of(text));
        Matcher m = lead.matcher(folded);
        if (m.lookingAt() && m.end() < folded.length()) {
            return new Span(span.start() + m.end(), span.end());
        }
        return span;
    }


    TimeLexicon lexicon() {
        return lexicon;
    }

    /**
     * The time expressions of a text, in text order: the longest readings of any rule first (the
     * leftmost, then the earlier rule on a tie), and no two overlapping.
     */
    List<Match> find(String text) {
        String folded = Folding.fold(text);
        List<Match> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(folded);
            int from = 0;
            while (from <= folded.length() && m.find(from)) {
                Match match = read(rule, m, text);
                if (match != null && match.span().length() > 0) {
                    candidates.add(match);
                }
                from = m.start() + 1;
            }
        }
        // Longest first, then leftmost, then the rule written first (the sort is stable).
        candidates.sort(Comparator.comparingInt((Match c) -> -c.span().length()).thenComparingInt(c -> c.span().start()));
        List<Match> chosen = new ArrayList<>();
        for (Match c : candidates) {
            if (chosen.stream().noneMatch(k -> k.span().overlaps(c.span()))) {
                chosen.add(c);
            }
        }
        // a NOT rule's words win over the expressions inside them, and are then dropped
        chosen.removeIf(c -> c.rule().blocks());
        chosen.sort(Comparator.comparingInt(c -> c.span().start()));
        return chosen;
    }

    private Match read(Rule rule, Matcher m, String text) {
        Map<String, String> fields = new HashMap<>(rule.fixed());
        for (Map.Entry<String, String> e : rule.categoryOf().entrySet()) {
            String field = e.getKey();
            String category = e.getValue();
            String words = m.group(field);
            if (words == null) {
                continue;
            }
            String written = text.substring(m.start(field), m.end(field));
            String value;
            if (BUILT_IN.containsKey(category)) {
                value = words;
            } else if (category.equals("num")) {
                value = NumberWords.parse(words, lexicon);
            } else {
                value = null;
                if (capitalisedName(category, text, m.start(field), m.end(field))) {
                    return null;
                }
                for (String c : category.split("\\|")) {
                    String v = lexicon.value(c, words);
                    if (v != null && lexicon.caseFits(c, written)) {
                        value = v;
                        break;
                    }
                }
            }
            if (value == null) {
                return null;
            }
            fields.put(field, value);
        }
        return new Match(new Span(m.start(), m.end()), rule, fields);
    }
}

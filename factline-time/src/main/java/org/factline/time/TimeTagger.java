package org.factline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factline.model.Span;
import org.factline.model.Timex;
import org.factline.model.lang.DataFile;
import org.factline.model.lang.Languages;

/**
 * Finds the time expressions of a text and normalises them as TIMEX3 values against the article's date.
 * One instance per language, built from {@code lang/<code>/time/}; instances are immutable and thread-safe.
 *
 * <pre>{@code
 * List<Timex> timexes = TimeTagger.forLanguage("fr").orElseThrow()
 *         .tag(text, LocalDate.parse("2025-04-26"), tenseOracle);
 * }</pre>
 */
public final class TimeTagger {

    private static final Map<String, Optional<TimeTagger>> BY_LANGUAGE = new ConcurrentHashMap<>();
    /** Fields of a match that make it relative, not a calendar date as written. */
    private static final Set<String> RELATIVE = Set.of("dayword", "anaday", "shift", "rel", "anchor", "unit", "ref", "value");

    private final TimeGrammar grammar;

    private TimeTagger(TimeGrammar grammar) {
        this.grammar = grammar;
    }

    /** The tagger of a language, or empty when Factline has no time grammar for it. */
    public static Optional<TimeTagger> forLanguage(String language) {
        if (language == null || !Languages.analysable().contains(language)
                || DataFile.linesIfPresent("lang/" + language + "/time/rules.tsv") == null) {
            return Optional.empty();
        }
        return BY_LANGUAGE.computeIfAbsent(language, l -> Optional.of(new TimeTagger(TimeGrammar.load(l))));
    }

    /** The taggers of every language Factline analyses that has a time grammar, in the order of {@code lang/languages.txt}. */
    public static List<TimeTagger> allLanguages() {
        return Languages.analysable().stream().map(TimeTagger::forLanguage).flatMap(Optional::stream).toList();
    }

    TimeGrammar grammar() {
        return grammar;
    }

    public String language() {
        return grammar.language();
    }

    /**
     * The time expressions of {@code text}, in text order.
     *
     * @param published the article's date (the document creation time), or null when unknown: relative
     *                  expressions then get TimeML's unanchored values ("XXXX-12", "PAST_REF")
     * @param tense     the tense of the clause around an expression, for yearless dates and bare weekdays
     */
    public List<Timex> tag(String text, LocalDate published, TenseOracle tense) {
        List<TimeGrammar.Match> matches = grammar.find(text);
        return resolveAll(matches, text, published, tense, namedWeekdays(matches, text, published, tense))
                .stream().map(Tagged::timex).toList();
    }

    /** A timex and the match it was read from. */
    private record Tagged(TimeGrammar.Match match, Timex timex) {
    }

    private List<Tagged> resolveAll(List<TimeGrammar.Match> matches, String text, LocalDate published, TenseOracle tense,
                                    Resolver.NamedWeekdays named) {
        List<Tagged> out = new ArrayList<>();
        LocalDate reference = null;
        int referenceEnd = -1;
        LocalDate point = null;
        Integer statedYear = null;
        int statedEnd = -1;
        for (TimeGrammar.Match m : matches) {
            // A day mentioned before anchors "le lendemain" anywhere after it, but a bare clock time or part
            // of the day only within its paragraph: "à 15 h" in a later paragraph is the article's day.
            boolean sameParagraph = reference != null && text.substring(referenceEnd, m.span().start()).indexOf('\n') < 0;
            LocalDate scoped = m.has("anaday") || sameParagraph ? reference
                    : "ref".equals(m.get("anchor")) ? (point != null ? point : reference) : null;
            Integer listedYear = statedYear != null && listedAfter(text, statedEnd, m.span().start()) ? statedYear : null;
            Resolver.Context ctx = new Resolver.Context(published, scoped, tense.at(m.span()), grammar.presentDirection(),
                    named, listedYear);
            Resolver.Resolved r = Resolver.resolve(m, ctx);
            if (r == null || r.value() == null) {
                continue;
            }
            Span span = grammar.trimLead(text, m.span());
            Timex timex = new Timex(span, span.of(text), r.type(), r.value(), r.mod(), r.anchor());
            out.add(new Tagged(m, timex));
            Matcher year = STATED_YEAR.matcher(timex.value());
            if ((m.has("year") || m.has("yy") || listedYear != null) && year.lookingAt()) {
                statedYear = Integer.valueOf(year.group(1));
                statedEnd = m.span().end();
            }
            LocalDate p = pointOf(timex);
            if (p != null) {
                point = p; // "l'année suivante" counts from the last year, month or day mentioned
                if (timex.isDay()) {
                    reference = p;
                    referenceEnd = m.span().end();
                }
            }
        }
        return out;
    }

    /**
     * The days an article means by the weekday names it uses: the ones it dates ("samedi 29 mai") and the
     * first ones a tense places. A story names one Saturday, so "samedi à 8 h" further on, or "mardi" in a
     * headline above "mardi 1er juin", is that day; a present tense alone would leave it to chance.
     */
    private Resolver.NamedWeekdays namedWeekdays(List<TimeGrammar.Match> matches, String text, LocalDate published,
                                                    TenseOracle tense) {
        Map<DayOfWeek, LocalDate> dated = new java.util.EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, LocalDate> placed = new java.util.EnumMap<>(DayOfWeek.class);
        if (published == null) {
            return Resolver.NamedWeekdays.NONE;
        }
        for (Tagged tagged : resolveAll(matches, text, published, tense, Resolver.NamedWeekdays.NONE)) {
            TimeGrammar.Match m = tagged.match();
            Timex t = tagged.timex();
            LocalDate day = pointOf(t);
            if (!m.has("weekday") || m.has("shift") || day == null || !t.isDay()
                    || Math.abs(day.toEpochDay() - published.toEpochDay()) > 6) {
                continue;
            }
            DayOfWeek w = DayOfWeek.of(Integer.parseInt(m.get("weekday")));
            if (m.day() != null) {
                dated.putIfAbsent(w, day);
            } else if (tense.at(m.span()).direction() != 0) {
                placed.putIfAbsent(w, day);
            }
        }
        return new Resolver.NamedWeekdays(dated, placed);
    }

    private static final Pattern STATED_YEAR = Pattern.compile("(\\d{4})(?![\\dX])");
    private static final Pattern LIST_GAP = Pattern.compile("[\\s,;()«»\"'’\\p{L}-]*");

    /**
     * Whether the words between a year and a month only list ("en 97 (en janvier rue X, en octobre"): a few
     * words, no end of sentence and no verb. Then the month is one of that year's.
     */
    private boolean listedAfter(String text, int from, int to) {
        if (from < 0 || to < from || to - from > 60) {
            return false;
        }
        String gap = text.substring(from, to);
        if (!LIST_GAP.matcher(gap).matches()) {
            return false;
        }
        List<String> words = List.of(gap.split("[\\s,;()«»\"]+")).stream().filter(w -> !w.isEmpty()).toList();
        TenseRules verbs = TenseRules.forLanguage(grammar.language());
        for (int i = 0; i < words.size(); i++) {
            Tense verb = verbs.at(words, i);
            if (verb != null && verb != Tense.UNKNOWN) {
                return false;
            }
        }
        return words.size() <= 6;
    }

    /** The first day of a DATE's year, month or day value ("2019" → 2019-01-01), or null. */
    private static LocalDate pointOf(Timex t) {
        if (t.type() != Timex.Type.DATE && t.type() != Timex.Type.TIME || t.value() == null) {
            return null;
        }
        Matcher m = POINT.matcher(t.value());
        if (!m.lookingAt()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?![\\dWQHSFX])");

    /**
     * The calendar dates written in {@code text} (no relative expression), for publication-date inference,
     * in text order; spans leave out prepositions as {@link #tag} does ("en août 2024" → "août 2024").
     */
    public List<CalendarDate> calendarDates(String text) {
        List<CalendarDate> out = new ArrayList<>();
        for (TimeGrammar.Match m : grammar.find(text)) {
            if (m.fields().keySet().stream().anyMatch(RELATIVE::contains)
                    || m.rule().type() == Timex.Type.DURATION || m.rule().type() == Timex.Type.SET) {
                continue;
            }
            Integer year = m.has("year") ? Integer.valueOf(m.get("year")) : null;
            Integer month = m.month();
            Integer day = m.day();
            DayOfWeek weekday = m.has("weekday") ? DayOfWeek.of(Integer.parseInt(m.get("weekday"))) : null;
            if (month == null && weekday == null && year == null) {
                continue;
            }
            Span span = grammar.trimLead(text, m.span());
            out.add(new CalendarDate(span, span.of(text), year, month, day, weekday));
        }
        return out;
    }
}

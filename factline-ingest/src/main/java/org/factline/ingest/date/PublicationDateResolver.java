package org.factline.ingest.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factline.model.PublicationDate;
import org.factline.time.CalendarDate;
import org.factline.time.TimeTagger;

/**
 * Decides when an article was published: the date its source states when that date names a day;
 * otherwise the day the text pins, within the stated month or year if one was stated. The text's dates
 * are the calendar dates of the article's language's time grammar ({@link TimeTagger#calendarDates}); in
 * a language without one, the stated date stands.
 *
 * <p>News reports on what just happened, so the day an article was written is among the most recent
 * days it names, and the days it names with their weekday ("vendredi 7 février") are the recent ones:
 * nobody writes the weekday of a date two years back. A yearless "vendredi 7 février" takes the year,
 * near the years the text mentions with a month ("août 2024", "le 6 août 2024"), in which 7 February is
 * a Friday. A bare weekday in the text ("samedi") that falls on a candidate day confirms it; a dateline
 * (a paragraph that is only a date, at the top) beats everything.
 *
 * <p>Only a date that names a day can become a publication day. A month ("en décembre", "août 2024"), a
 * year ("2023", "début 2025"), a yearless date without a weekday ("le 31 janvier") and a day without a
 * month ("Friday the 7th") never do. A year stated without a month does not place yearless dates either:
 * such years are as often targets and starting points ("d'ici 2030", "depuis 2014") as the present.
 */
public final class PublicationDateResolver {

    /** What may follow a dateline's date on its line: nothing, or a dash and the story ("22 juin 2012. - Cette nuit"). */
    private static final Pattern DATELINE_TAIL = Pattern.compile("[.,:;]?\\s*(?:[-–—].*)?");

    /**
     * @param stated   the date the source states, or null
     * @param text     the article text, captions included (a caption often carries the day), or null
     * @param language the article's language (ISO 639-1), or null; without a time grammar for it the
     *                 text is not read and the stated date is the answer
     * @return the publication date, or null when neither the source nor the text tells
     */
    public PublicationDate resolve(PublicationDate stated, String text, String language) {
        if (stated != null && stated.precision() == PublicationDate.Precision.DAY) {
            return stated;
        }
        Optional<TimeTagger> tagger = TimeTagger.forLanguage(language);
        if (tagger.isEmpty() || text == null || text.isBlank()) {
            return stated;
        }
        List<CalendarDate> mentions = tagger.get().calendarDates(text);
        Integer referenceYear = stated != null ? Integer.valueOf(stated.earliestDay().getYear()) : latestYear(mentions);
        if (referenceYear == null) {
            return stated;
        }
        List<Candidate> candidates = candidates(mentions, referenceYear, stated, text);
        if (candidates.isEmpty()) {
            return stated;
        }
        Candidate best = candidates.stream()
                .max(Comparator.comparingInt(Candidate::score).thenComparing(Candidate::date))
                .orElseThrow();
        return PublicationDate.day(best.date(), PublicationDate.Basis.INFERRED, evidence(best, stated, mentions));
    }

    private record Candidate(LocalDate date, CalendarDate mention, int score) {
    }

    private List<Candidate> candidates(List<CalendarDate> mentions, int referenceYear, PublicationDate stated, String text) {
        List<Candidate> out = new ArrayList<>();
        for (CalendarDate m : mentions) {
            LocalDate date = m.isFullDate() ? m.inYear(m.year())
                    : m.yearByWeekday(referenceYear, d -> stated == null || stated.covers(d));
            if (date == null || !m.weekdayAgrees(date) || stated != null && !stated.covers(date)) {
                continue;
            }
            int score = 0;
            if (m.weekday() != null) {
                score += 2;
            }
            if (bareWeekdayOn(date, mentions).isPresent()) {
                score += 1;
            }
            if (isDateline(m, text)) {
                score += 4;
            }
            out.add(new Candidate(date, m, score));
        }
        return out;
    }

    /** A bare weekday of the text ("samedi") that falls on {@code date}: it confirms the date. */
    private static Optional<CalendarDate> bareWeekdayOn(LocalDate date, List<CalendarDate> mentions) {
        return mentions.stream().filter(m -> m.isBareWeekday() && m.weekday() == date.getDayOfWeek()).findFirst();
    }

    /** A date that is a paragraph of its own (or opens one, "22 juin 2012. -") within the first few lines. */
    private static boolean isDateline(CalendarDate m, String text) {
        int lineStart = text.lastIndexOf('\n', m.span().start() - 1) + 1;
        if (!text.substring(lineStart, m.span().start()).isBlank()) {
            return false;
        }
        int lineEnd = text.indexOf('\n', m.span().end());
        String rest = text.substring(m.span().end(), lineEnd < 0 ? text.length() : lineEnd).strip();
        boolean standsAlone = DATELINE_TAIL.matcher(rest).matches();
        long linesBefore = text.substring(0, lineStart).lines().filter(l -> !l.isBlank()).count();
        return standsAlone && linesBefore <= 4;
    }

    /** The latest year the text states with a month ("août 2024", "le 6 août 2024"), or null. */
    private static Integer latestYear(List<CalendarDate> mentions) {
        return mentions.stream().filter(m -> m.month() != null).map(CalendarDate::year).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
    }

    private static String evidence(Candidate best, PublicationDate stated, List<CalendarDate> mentions) {
        List<String> words = new ArrayList<>();
        words.add("“" + best.mention().text() + "”");
        bareWeekdayOn(best.date(), mentions).ifPresent(m -> words.add("“" + m.text() + "”"));
        String from = words.stream().collect(Collectors.joining(" and "));
        return stated == null
                ? "from the text: " + from
                : stated.basis().label() + " date " + stated.value() + ", day from the text: " + from;
    }
}

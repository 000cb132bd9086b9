package org.factline.ingest.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factline.model.PublicationDate;

/**
 * Decides when an article was published: the date its source states when that date names a day;
 * otherwise the day the text pins, within the stated month or year if one was stated.
 *
 * <p>News reports on what just happened, so the day an article was written is among the most recent
 * days it names, and the days it names with their weekday ("vendredi 7 février") are the recent ones:
 * nobody writes the weekday of a date two years back. A yearless "vendredi 7 février" takes the year,
 * near the years the text mentions, in which 7 February is a Friday. A bare weekday in the text
 * ("samedi") that falls on a candidate day confirms it; a dateline (a paragraph that is only a date,
 * at the top) beats everything.
 */
public final class PublicationDateResolver {

    /** How far from the reference year a yearless weekday date may be placed. */
    private static final int YEAR_SEARCH = 6;
    /** What may follow a dateline's date on its line: nothing, or a dash and the story ("22 juin 2012. - Cette nuit"). */
    private static final Pattern DATELINE_TAIL = Pattern.compile("[.,:;]?\\s*(?:[-–—].*)?");

    private final DateMentionFinder finder = DateMentionFinder.instance();

    /**
     * @param stated the date the source states, or null
     * @param text   the article text, captions included (a caption often carries the day)
     * @return the publication date, or null when neither the source nor the text tells
     */
    public PublicationDate resolve(PublicationDate stated, String text) {
        if (stated != null && stated.precision() == PublicationDate.Precision.DAY) {
            return stated;
        }
        List<DateMention> mentions = finder.find(text);
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

    private record Candidate(LocalDate date, DateMention mention, int score) {
    }

    private List<Candidate> candidates(List<DateMention> mentions, int referenceYear, PublicationDate stated, String text) {
        List<Candidate> out = new ArrayList<>();
        for (DateMention m : mentions) {
            LocalDate date = m.isFullDate() ? m.inYear(m.year())
                    : m.isYearless() && m.weekday() != null ? yearByWeekday(m, referenceYear, stated)
                    : null;
            if (date == null || !m.weekdayAgrees(date) || stated != null && !stated.covers(date)) {
                continue;
            }
            int score = 0;
            if (m.weekday() != null) {
                score += 2;
            }
            if (confirmedByBareWeekday(date, mentions)) {
                score += 1;
            }
            if (isDateline(m, text)) {
                score += 4;
            }
            out.add(new Candidate(date, m, score));
        }
        return out;
    }

    /** The year near {@code referenceYear} in which the mention's day falls on its weekday. */
    private static LocalDate yearByWeekday(DateMention m, int referenceYear, PublicationDate stated) {
        LocalDate best = null;
        for (int delta = 0; delta <= YEAR_SEARCH && best == null; delta++) {
            // Later first: a yearless date next to older dates is usually the newest thing in the text.
            for (int year : new int[] {referenceYear + delta, referenceYear - delta}) {
                LocalDate d = m.inYear(year);
                if (d != null && m.weekdayAgrees(d) && (stated == null || stated.covers(d))) {
                    best = d;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean confirmedByBareWeekday(LocalDate date, List<DateMention> mentions) {
        return mentions.stream().anyMatch(m -> m.isBareWeekday() && m.weekday() == date.getDayOfWeek());
    }

    /** A date that is a paragraph of its own (or opens one, "22 juin 2012. -") within the first few lines. */
    private static boolean isDateline(DateMention m, String text) {
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

    private static Integer latestYear(List<DateMention> mentions) {
        return mentions.stream().map(DateMention::year).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    private static String evidence(Candidate best, PublicationDate stated, List<DateMention> mentions) {
        List<String> words = new ArrayList<>();
        words.add("“" + best.mention().text() + "”");
        mentions.stream()
                .filter(m -> m.isBareWeekday() && m.weekday() == best.date().getDayOfWeek())
                .findFirst()
                .ifPresent(m -> words.add("“" + m.text() + "”"));
        String from = words.stream().collect(Collectors.joining(" and "));
        return stated == null
                ? "from the text: " + from
                : stated.basis().label() + " date " + stated.value() + ", day from the text: " + from;
    }
}

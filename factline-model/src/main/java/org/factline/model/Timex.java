package org.factline.model;

/**
 * A time expression of the article, normalised as a TimeML TIMEX3.
 *
 * @param span   where it is in the article text
 * @param text   the words
 * @param type   DATE, TIME, DURATION or SET
 * @param value  the ISO 8601 value as TimeML writes it: {@code 2025-04-26}, {@code 2025-W06},
 *               {@code 2025-04-26TEV}, {@code P3Y}, {@code PXD}, {@code XXXX-WXX-4}, {@code PRESENT_REF}
 * @param mod    TimeML modifier (START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE,
 *               EQUAL_OR_LESS, BEFORE, AFTER), or null
 * @param anchor how the value was fixed: on the article's date, on a time the text mentioned before,
 *               or on nothing (the expression says it all)
 */
public record Timex(Span span, String text, Type type, String value, String mod, Anchor anchor) {

    public enum Type { DATE, TIME, DURATION, SET }

    public enum Anchor {
        /** Absolute: "26 avril 2025", "1990", "P3Y". */
        NONE,
        /** Relative to the article's date: "hier", "samedi", "last week". */
        PUBLICATION,
        /** Relative to a time mentioned before: "le lendemain", "the same day", "at 10 p.m.". */
        DISCOURSE
    }

    /** Whether the value names a calendar day, possibly with a time of day ("2025-04-26", "2025-04-26T14:00"). */
    public boolean isDay() {
        return value != null && value.matches("\\d{4}-\\d{2}-\\d{2}.*");
    }
}

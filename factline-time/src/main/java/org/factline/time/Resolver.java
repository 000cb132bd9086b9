package org.factline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import org.factline.model.Timex;

/**
 * Turns the fields a grammar read into a TIMEX3 value, the same way for every language. Relative
 * expressions are resolved against the article's date; anaphoric ones ("le lendemain", "the same day",
 * a bare clock time) against the last time the text mentioned; yearless days, months and weekdays go
 * the way the tense of their clause says, or to the reading nearest the article's date.
 */
final class Resolver {

    private static final Map<String, Integer> SEASON_START = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

    /**
     * What an expression is resolved against. {@code listedYear} is the year of the expression just before,
     * when only a list separates them ("en 97 (en janvier, en octobre)"): a yearless month is in it.
     */
    record Context(LocalDate published, LocalDate reference, Tense tense, int presentDirection,
                   NamedWeekdays namedWeekdays, Integer listedYear) {

        /** Which way the tense points: -1 past, +1 future, 0 when it does not say. */
        int tenseDirection() {
            return tense == Tense.PRESENT ? presentDirection : tense.direction();
        }

        LocalDate base(boolean anaphoric) {
            return anaphoric && reference != null ? reference : published;
        }
    }

    /**
     * The days within a week of the article's date that it names by weekday: {@code dated} with their date
     * ("samedi 29 mai"), which a bare "samedi" of the same story always means, and {@code placed} by a
     * tense, which a bare "samedi" means when its own clause does not say which way to go.
     */
    record NamedWeekdays(Map<DayOfWeek, LocalDate> dated, Map<DayOfWeek, LocalDate> placed) {

        static final NamedWeekdays NONE = new NamedWeekdays(Map.of(), Map.of());

        LocalDate of(DayOfWeek weekday, int direction) {
            LocalDate d = dated.get(weekday);
            return d != null ? d : direction == 0 ? placed.get(weekday) : null;
        }
    }

    /** A resolved value and how it was anchored; null value when the expression cannot be valued. */
    record Resolved(Timex.Type type, String value, String mod, Timex.Anchor anchor) {
    }

    private Resolver() {
    }

    static Resolved resolve(TimeGrammar.Match m, Context ctx) {
        try {
            Resolved r = switch (m.rule().type()) {
                case DURATION -> new Resolved(Timex.Type.DURATION, duration(m), m.get("qmod"), Timex.Anchor.NONE);
                case SET -> new Resolved(Timex.Type.SET, set(m), null, Timex.Anchor.NONE);
                case DATE, TIME -> point(m, ctx);
            };
            // LocalDate writes years beyond 9999 as "+10000", before 0 as "-0001": no TIMEX3 value has them.
            return r != null && r.value() != null && (r.value().startsWith("+") || r.value().startsWith("-")) ? null : r;
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    // ---- durations and sets ----

    private static String duration(TimeGrammar.Match m) {
        if (m.has("value")) {
            return m.get("value");
        }
        return duration(m.has("num") ? m.get("num") : "1", m.get("unit"));
    }

    static String duration(String num, String unit) {
        if (unit == null) {
            return null;
        }
        if (!num.equals("X") && num.contains(".")) {
            double n = Double.parseDouble(num);
            String[] smaller = switch (unit) {
                case "ML" -> new String[] {"Y", "1000"};
                case "CE" -> new String[] {"Y", "100"};
                case "DE" -> new String[] {"Y", "10"};
                case "Y" -> new String[] {"M", "12"};
                case "M" -> new String[] {"D", "30"};
                case "W" -> new String[] {"D", "7"};
                case "D" -> new String[] {"H", "24"};
                case "H" -> new String[] {"MI", "60"};
                case "MI" -> new String[] {"S", "60"};
                default -> null;
            };
            if (smaller == null) {
                return null;
            }
            double converted = n * Double.parseDouble(smaller[1]);
            return duration(Long.toString(Math.round(converted)), smaller[0]);
        }
        return switch (unit) {
            case "H" -> "PT" + num + "H";
            case "MI" -> "PT" + num + "M";
            case "S" -> "PT" + num + "S";
            case "WE" -> "P" + times(num, 2) + "D";
            case "Q" -> "P" + times(num, 3) + "M";
            case "HALF" -> "P" + times(num, 6) + "M";
            case "ML" -> "P" + times(num, 1000) + "Y";
            default -> "P" + num + unit;
        };
    }

    private static String times(String num, int factor) {
        return num.equals("X") ? "X" : Long.toString(Long.parseLong(num) * factor);
    }

    private static String set(TimeGrammar.Match m) {
        if (m.has("value")) {
            return m.get("value");
        }
        String part = m.has("part") ? "T" + m.get("part") : "";
        if (m.has("weekday")) {
            return "XXXX-WXX-" + m.get("weekday") + part;
        }
        if (m.has("unit") && m.get("unit").equals("WE")) {
            return "XXXX-WXX-WE";
        }
        if (m.has("month")) {
            return "XXXX-" + two(Integer.parseInt(m.get("month")));
        }
        if (m.has("season")) {
            return "XXXX-" + m.get("season");
        }
        if (m.has("part")) {
            return "XXXX-XX-XX" + part;
        }
        return duration(m.has("num") ? m.get("num") : "1", m.get("unit"));
    }

    // ---- points in time ----

    private static Resolved point(TimeGrammar.Match m, Context ctx) {
        Timex.Type type = m.rule().type();
        String mod = m.get("mod");
        if (m.has("value")) {
            return new Resolved(type, m.get("value"), mod, Timex.Anchor.NONE);
        }
        if (m.has("ref")) {
            return new Resolved(type, m.get("ref"), mod, Timex.Anchor.NONE);
        }
        boolean anaphoric = "ref".equals(m.get("anchor"));
        Timex.Anchor anchor = anaphoric ? Timex.Anchor.DISCOURSE : Timex.Anchor.PUBLICATION;
        LocalDate base = ctx.base(anaphoric);
        String value;
        if (m.has("rel")) {
            if (!m.has("num") && !m.has("unit")) {
                return null;
            }
            String num = m.has("num") ? m.get("num") : "1";
            int sign = m.get("rel").equals("ago") ? -1 : 1;
            if (num.equals("X")) {
                // "il y a quelques mois": a vague distance is kept as the vague duration it states.
                return new Resolved(Timex.Type.DURATION, duration("X", m.get("unit")), null, Timex.Anchor.NONE);
            }
            if (base == null) {
                return new Resolved(type, sign < 0 ? "PAST_REF" : "FUTURE_REF", null, Timex.Anchor.NONE);
            }
            long n = Math.round(Double.parseDouble(num));
            value = offset(base, sign * n, m.get("unit"));
            String q = m.get("qmod");
            if (q != null) {
                mod = q.equals("MORE_THAN") ? (sign < 0 ? "BEFORE" : "AFTER")
                        : q.equals("LESS_THAN") ? (sign < 0 ? "AFTER" : "BEFORE")
                        : q;
            }
            return new Resolved(type, withTime(value, m), mod, anchor);
        }
        if (m.has("dayword") || m.has("anaday")) {
            boolean ana = m.has("anaday");
            LocalDate from = ana ? ctx.base(true) : ctx.published();
            int shift = Integer.parseInt(ana ? m.get("anaday") : m.get("dayword"));
            if (m.has("pastday") && ctx.tenseDirection() < 0) {
                shift += Integer.parseInt(m.get("pastday")); // "cette nuit" told in the past: last night
            }
            if (from == null) {
                return new Resolved(type, shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF", mod,
                        Timex.Anchor.NONE);
            }
            return new Resolved(type, withTime(from.plusDays(shift).toString(), m), mod,
                    ana ? Timex.Anchor.DISCOURSE : Timex.Anchor.PUBLICATION);
        }
        if (m.has("unit") && m.has("shift")) {
            if (base == null) {
                return null;
            }
            long shift = Long.parseLong(m.get("shift"));
            if (shift == 0 && m.get("unit").equals("WE") && ctx.tenseDirection() < 0
                    && base.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                shift = -1; // "ce week-end" told in the past on a weekday: the weekend just gone
            }
            value = offset(base, shift, m.get("unit"));
            return new Resolved(type, withTime(value, m), mod, anchor);
        }
        return calendar(m, ctx, type, mod);
    }

    private static Resolved calendar(TimeGrammar.Match m, Context ctx, Timex.Type type, String mod) {
        boolean anaphoric = "ref".equals(m.get("anchor"));
        LocalDate dct = ctx.base(anaphoric);
        Integer year = year(m, dct);
        Integer month = m.month();
        Integer day = m.day();
        if (year == null && month != null && ctx.listedYear() != null && !m.has("shift") && !m.has("holiday")) {
            year = ctx.listedYear();
        }
        // The words decide ("le 6 mai dernier"); else the tense, unless it would send a day or a month more
        // than half a year away when the other reading is nearer ("a donné jusqu'au 30 juin", written in May).
        int hard = hardDirection(m);
        int direction = hard != 0 ? hard : ctx.tenseDirection();
        if (m.has("holiday")) {
            String h = m.get("holiday");
            if (h.contains(".")) {
                // "MM.W.N[±D]": the Nth (-1: last) weekday W of month MM, plus D days (Thanksgiving "11.4.4",
                // Black Friday "11.4.4+1"): the year stated, else as the words or the tense point, else nearest.
                if (year != null) {
                    return new Resolved(type, withTime(nthWeekday(h, year).toString(), m), mod, Timex.Anchor.NONE);
                }
                if (dct == null) {
                    return null;
                }
                LocalDate date = closest(dct, y -> nthWeekday(h, y), direction, false);
                return new Resolved(type, withTime(date.toString(), m), mod, Timex.Anchor.PUBLICATION);
            }
            if (h.startsWith("E")) {
                // Counted from Easter Sunday: the year stated, else the one nearest the article's date.
                int days = Integer.parseInt(h.substring(1));
                int y = year != null ? year : dct != null ? dct.getYear() : -1;
                if (y < 0) {
                    return null;
                }
                LocalDate date = easter(y).plusDays(days);
                if (year == null && dct != null) {
                    LocalDate next = easter(y + 1).plusDays(days);
                    LocalDate prev = easter(y - 1).plusDays(days);
                    if (direction > 0 && date.isBefore(dct)) {
                        date = next;
                    } else if (direction < 0 && date.isAfter(dct)) {
                        date = prev;
                    }
                }
                return new Resolved(type, withTime(date.toString(), m), mod,
                        year != null ? Timex.Anchor.NONE : Timex.Anchor.PUBLICATION);
            }
            String[] md = h.split("-");
            month = Integer.valueOf(md[0]);
            day = Integer.valueOf(md[1]);
        }
        DayOfWeek weekday = m.has("weekday") ? DayOfWeek.of(Integer.parseInt(m.get("weekday"))) : null;
        // a rule with firm=future trusts a future tense however far it sends the day ("will be held on November 20")
        boolean soft = hard == 0 && !(direction > 0 && "future".equals(m.get("firm")));
        Timex.Anchor absolute = Timex.Anchor.NONE;
        Timex.Anchor relative = anaphoric ? Timex.Anchor.DISCOURSE : Timex.Anchor.PUBLICATION;

        if (m.has("century")) {
            int c = Integer.parseInt(m.get("century"));
            return c < 1 || c > 100 ? null : new Resolved(type, two(c - 1), mod, absolute);
        }
        if (m.has("decade")) {
            String d = decade(m.get("decade"), dct);
            return d == null ? null : new Resolved(type, d, mod, absolute);
        }
        if (year != null) {
            String value;
            if (month != null && day != null) {
                value = LocalDate.of(year, month, day).toString();
            } else if (month != null) {
                value = year(year) + "-" + two(month);
            } else if (m.has("season")) {
                value = year(year) + "-" + m.get("season");
            } else if (m.has("quarter")) {
                value = year(year) + "-Q" + m.get("quarter");
            } else if (m.has("half")) {
                value = year(year) + "-H" + m.get("half");
            } else {
                value = year(year);
            }
            return new Resolved(type, withTime(value, m), mod, m.has("year") || m.has("yy") ? absolute : relative);
        }
        if (dct == null) {
            return unanchored(m, type, mod, month, day, weekday);
        }
        if (month != null && day != null) {
            LocalDate date = yearless(dct, month, day, weekday, direction, soft);
            return date == null ? null : new Resolved(type, withTime(date.toString(), m), mod, relative);
        }
        if (month != null) {
            int y = nearestYear(dct, month, direction, soft);
            return new Resolved(type, year(y) + "-" + two(month), mod, relative);
        }
        if (m.has("season")) {
            return new Resolved(type, season(dct, m.get("season"), m.has("shift") ? Integer.parseInt(m.get("shift")) : null,
                    direction), mod, relative);
        }
        if (m.has("quarter") || m.has("half")) {
            boolean q = m.has("quarter");
            int n = Integer.parseInt(q ? m.get("quarter") : m.get("half"));
            int size = q ? 3 : 6;
            int current = (dct.getMonthValue() - 1) / size + 1;
            int y = dct.getYear();
            if (n < 0) {
                n = q ? 4 : 2; // "le dernier trimestre": the last of the year
            }
            if (direction > 0 && n < current) {
                y++;
            } else if (direction < 0 && n > current) {
                y--;
            }
            return new Resolved(type, year(y) + (q ? "-Q" : "-H") + n, mod, relative);
        }
        if (weekday != null) {
            LocalDate named = m.has("shift") || anaphoric ? null : ctx.namedWeekdays().of(weekday, direction);
            LocalDate date = named != null ? named : weekday(dct, weekday, m.has("shift") ? Integer.valueOf(m.get("shift")) : null, direction);
            return new Resolved(type, withTime(date.toString(), m), mod, relative);
        }
        if (day != null) {
            LocalDate date = dayOfMonth(dct, day, direction);
            return date == null ? null : new Resolved(type, withTime(date.toString(), m), mod, relative);
        }
        if (m.has("part") || m.has("hh") || m.has("clock")) {
            LocalDate on = ctx.base(true);
            Timex.Anchor a = ctx.reference() != null ? Timex.Anchor.DISCOURSE : Timex.Anchor.PUBLICATION;
            return new Resolved(type, withTime(on.toString(), m), mod, a);
        }
        return null;
    }

    private static Resolved unanchored(TimeGrammar.Match m, Timex.Type type, String mod, Integer month, Integer day,
                                       DayOfWeek weekday) {
        String value;
        if (month != null && day != null) {
            value = "XXXX-" + two(month) + "-" + two(day);
        } else if (month != null) {
            value = "XXXX-" + two(month);
        } else if (m.has("season")) {
            value = "XXXX-" + m.get("season");
        } else if (weekday != null) {
            value = "XXXX-WXX-" + weekday.getValue();
        } else {
            return null;
        }
        return new Resolved(type, value, mod, Timex.Anchor.NONE);
    }

    /** The way the words themselves point ("dernier", "prochain"), or 0. */
    private static int hardDirection(TimeGrammar.Match m) {
        if (m.has("shift")) {
            int s = Integer.parseInt(m.get("shift"));
            if (s != 0) {
                return Integer.signum(s);
            }
        }
        return m.has("direction") ? Integer.parseInt(m.get("direction")) : 0;
    }

    private static Integer year(TimeGrammar.Match m, LocalDate dct) {
        if (m.has("year")) {
            return Integer.valueOf(m.get("year"));
        }
        if (m.has("yy")) {
            int yy = Integer.parseInt(m.get("yy"));
            int century = dct == null ? 1900 : dct.getYear() / 100 * 100;
            int y = century + yy;
            if (dct != null && y > dct.getYear() + 10) {
                y -= 100;
            }
            return y;
        }
        if (m.has("unit") && m.get("unit").equals("Y") && m.has("shift") && dct != null) {
            return dct.getYear() + Integer.parseInt(m.get("shift"));
        }
        if (m.has("yshift") && dct != null) {
            // the year told relative to the article's: "March last year", "the second half of the year"
            return dct.getYear() + Integer.parseInt(m.get("yshift"));
        }
        return null;
    }

    /** "1990", "90", "'90", "nineties" (lexicon value 199) → "199"; "2000" → "200". */
    private static String decade(String written, LocalDate dct) {
        String d = written.replaceAll("\\D", "");
        if (d.length() == 3) {
            return d;
        }
        if (d.length() == 4) {
            return d.substring(0, 3);
        }
        if (d.length() == 2) {
            int yy = Integer.parseInt(d);
            int now = dct == null ? 2000 : dct.getYear();
            int y = now / 100 * 100 + yy;
            if (y > now) {
                y -= 100;
            }
            return decade(y);
        }
        return null;
    }

    /** A point shifted by {@code n} units from {@code base}, written at the unit's granularity. */
    static String offset(LocalDate base, long n, String unit) {
        return switch (unit) {
            // hours, minutes and seconds count as days, whole days only ("24 hours ago" is yesterday)
            case "D", "H", "MI", "S" -> base.plusDays(switch (unit) {
                case "D" -> n;
                case "H" -> n / 24;
                case "MI" -> n / 1440;
                default -> n / 86400;
            }).toString();
            case "W" -> isoWeek(base.plusWeeks(n));
            case "WE" -> isoWeek(base.plusWeeks(n)) + "-WE";
            case "M" -> {
                LocalDate d = base.plusMonths(n);
                yield year(d.getYear()) + "-" + two(d.getMonthValue());
            }
            case "Q" -> {
                LocalDate d = base.plusMonths(3 * n);
                yield year(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            }
            case "HALF" -> {
                LocalDate d = base.plusMonths(6 * n);
                yield year(d.getYear()) + "-H" + ((d.getMonthValue() - 1) / 6 + 1);
            }
            case "Y" -> year(Math.addExact(base.getYear(), n));
            case "DE" -> n == 0 ? decade(base.getYear()) : year(Math.addExact(base.getYear(), Math.multiplyExact(10, n)));
            case "CE" -> n == 0 ? two(base.getYear() / 100) : year(Math.addExact(base.getYear(), Math.multiplyExact(100, n)));
            default -> null;
        };
    }

    static String isoWeek(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Adds the time of day the expression states ("soir" → TEV, "14 h 30" → T14:30) to a day value. */
    private static String withTime(String value, TimeGrammar.Match m) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value;
        }
        if (m.has("clock")) {
            return value + "T" + m.get("clock");
        }
        if (m.has("hh")) {
            int h = Integer.parseInt(m.get("hh"));
            int min = m.has("min") ? Integer.parseInt(m.get("min")) : 0;
            String ampm = m.get("ampm");
            if ("PM".equals(ampm) && h < 12) {
                h += 12;
            } else if ("AM".equals(ampm) && h == 12) {
                h = 0;
            } else if (ampm == null && m.has("part") && h < 12 && (m.get("part").equals("EV") || m.get("part").equals("AF")
                    || m.get("part").equals("NI") && h >= 6)) {
                h += 12;
            }
            return value + "T" + two(h) + ":" + two(min);
        }
        if (m.has("part")) {
            return value + "T" + m.get("part");
        }
        return value;
    }

    // ---- choosing among the readings of yearless expressions ----

    /** How far a soft direction (the tense's) may send a yearless day or month, in days. */
    private static final int SOFT_REACH = 183;

    private static LocalDate yearless(LocalDate dct, int month, int day, DayOfWeek weekday, int direction, boolean soft) {
        // The weekday fixes the year: nearest agreeing year, within a few years.
        LocalDate best = weekday == null ? null : CalendarDate.yearByWeekday(dct.getYear(), month, day, weekday, d -> true);
        if (best != null) {
            return best;
        }
        return closest(dct, y -> safeDate(y, month, day), direction, soft);
    }

    /**
     * Of a day that comes back every year ({@code inYear} gives it for a year, or null where it does not
     * exist), the occurrence the direction points to: the latest on or before the article's date, or the
     * first on or after it; a soft direction only within {@link #SOFT_REACH}; otherwise the nearest.
     */
    private static LocalDate closest(LocalDate dct, java.util.function.IntFunction<LocalDate> inYear, int direction,
                                     boolean soft) {
        LocalDate past = null;
        LocalDate future = null;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            LocalDate d = inYear.apply(y);
            if (d == null) {
                continue;
            }
            if (!d.isAfter(dct)) {
                past = d;
            }
            if (!d.isBefore(dct) && future == null) {
                future = d;
            }
        }
        if (direction < 0 && past != null && (!soft || dct.toEpochDay() - past.toEpochDay() <= SOFT_REACH)) {
            return past;
        }
        if (direction > 0 && future != null && (!soft || future.toEpochDay() - dct.toEpochDay() <= SOFT_REACH)) {
            return future;
        }
        if (past == null || future == null) {
            return past == null ? future : past;
        }
        long back = dct.toEpochDay() - past.toEpochDay();
        long ahead = future.toEpochDay() - dct.toEpochDay();
        return ahead < back ? future : past;
    }

    private static int nearestYear(LocalDate dct, int month, int direction, boolean soft) {
        int here = dct.getYear() * 12 + dct.getMonthValue() - 1;
        int sameYear = dct.getYear() * 12 + month - 1;
        int past = sameYear <= here ? sameYear : sameYear - 12;
        int future = sameYear >= here ? sameYear : sameYear + 12;
        int reach = soft ? 6 : 12;
        int chosen = direction < 0 && here - past <= reach ? past
                : direction > 0 && future - here <= reach ? future
                : (future - here < here - past ? future : past);
        return chosen / 12;
    }

    private static String season(LocalDate dct, String season, Integer shift, int direction) {
        int start = SEASON_START.get(season);
        // The instance (by the year it starts in) under way or most recently begun, and the next one.
        int y = dct.getYear();
        LocalDate thisYear = LocalDate.of(y, start, 21);
        int current = dct.isBefore(thisYear) ? y - 1 : y;
        int year;
        if (shift != null && shift < 0) {
            LocalDate end = LocalDate.of(current, start, 21).plusMonths(3);
            year = dct.isBefore(end) ? current - 1 : current;
        } else if (shift != null && shift > 0) {
            year = current + 1;
        } else if (direction < 0) {
            // The one under way or last begun, unless that began more than half a year ago ("au printemps"
            // said in January is the coming spring whatever the verb).
            LocalDate began = LocalDate.of(current, start, 21);
            year = dct.toEpochDay() - began.toEpochDay() <= SOFT_REACH ? current
                    : season.equals("WI") && dct.getMonthValue() <= 2 ? y - 1 : y;
        } else if (shift != null || direction == 0) {
            year = season.equals("WI") && dct.getMonthValue() <= 2 ? y - 1 : y;
        } else {
            LocalDate end = LocalDate.of(current, start, 21).plusMonths(3);
            year = dct.isBefore(end) ? current : current + 1;
        }
        return year(year) + "-" + season;
    }

    private static LocalDate weekday(LocalDate dct, DayOfWeek weekday, Integer shift, int direction) {
        if (shift != null && shift == 0) {
            return dct.with(java.time.temporal.ChronoField.DAY_OF_WEEK, weekday.getValue());
        }
        if (shift != null) {
            return shift < 0 ? dct.with(TemporalAdjusters.previous(weekday)) : dct.with(TemporalAdjusters.next(weekday));
        }
        if (dct.getDayOfWeek() == weekday) {
            return dct;
        }
        LocalDate next = dct.with(TemporalAdjusters.next(weekday));
        LocalDate previous = dct.with(TemporalAdjusters.previous(weekday));
        if (direction == 0) {
            // no tense to go by: the nearer of the two ("dimanche" on a Saturday is tomorrow)
            return next.toEpochDay() - dct.toEpochDay() < dct.toEpochDay() - previous.toEpochDay() ? next : previous;
        }
        return direction > 0 ? next : previous;
    }

    private static LocalDate dayOfMonth(LocalDate dct, int day, int direction) {
        LocalDate here = safeDate(dct.getYear(), dct.getMonthValue(), day);
        if (direction < 0 && (here == null || here.isAfter(dct))) {
            LocalDate prev = dct.minusMonths(1);
            return safeDate(prev.getYear(), prev.getMonthValue(), day);
        }
        if (direction > 0 && (here == null || here.isBefore(dct))) {
            LocalDate next = dct.plusMonths(1);
            return safeDate(next.getYear(), next.getMonthValue(), day);
        }
        return here;
    }

    private static LocalDate safeDate(int y, int month, int day) {
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int mm = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * mm + 114) / 31;
        int day = (h + l - 7 * mm + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /** The day of a holiday written "MM.W.N[±D]" in year {@code y}: the Nth (-1: last) weekday W of month MM, plus D days. */
    static LocalDate nthWeekday(String spec, int y) {
        java.util.regex.Matcher s = java.util.regex.Pattern.compile("(\\d+)\\.(\\d)\\.(-?\\d)([+-]\\d+)?").matcher(spec);
        if (!s.matches()) {
            throw new DateTimeException("bad holiday " + spec);
        }
        DayOfWeek w = DayOfWeek.of(Integer.parseInt(s.group(2)));
        int n = Integer.parseInt(s.group(3));
        LocalDate first = LocalDate.of(y, Integer.parseInt(s.group(1)), 1);
        LocalDate day = n < 0 ? first.with(TemporalAdjusters.lastInMonth(w)) : first.with(TemporalAdjusters.dayOfWeekInMonth(n, w));
        return s.group(4) == null ? day : day.plusDays(Integer.parseInt(s.group(4)));
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * A year as TIMEX3 writes it, in four digits ("0090" is the year 90, "090" a decade); a year before 0 or
     * after 9999 has no value, which {@link #resolve} turns into an expression left unvalued.
     */
    static String year(long y) {
        if (y < 0 || y > 9999) {
            throw new DateTimeException("year " + y + " has no TIMEX3 value");
        }
        String digits = Long.toString(y);
        return "0".repeat(4 - digits.length()) + digits;
    }

    /** The decade of a year, in three digits ("199" for the 1990s). */
    private static String decade(int y) {
        return year(y).substring(0, 3);
    }
}

package org.factline.app.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.factline.model.Event;
import org.factline.model.Place;

/**
 * Events in ACLED's public column layout (the 31 columns of an ACLED export, header row first), RFC 4180 CSV with
 * CRLF line ends: one row per merged corpus event that ACLED would record.
 *
 * <table>
 * <caption>How the columns are filled</caption>
 * <tr><th>column</th><th>from</th></tr>
 * <tr><td>event_id_cnty</td><td>the country's ISO alpha-3 code and a sequence number within the export
 *   ({@code RUS1}); ids are stable for the same corpus, not across corpora</td></tr>
 * <tr><td>event_date, year, time_precision</td><td>the event's date: a day (precision 1); an ISO week, written as
 *   its Wednesday (2); a month, written as its 15th (3), as ACLED's codebook does</td></tr>
 * <tr><td>disorder_type, event_type, sub_event_type</td><td>{@code export/acled-event-types.tsv}</td></tr>
 * <tr><td>actor1, assoc_actor_1, inter1</td><td>the first agent (else participant), the other agents
 *   ({@code ;}-separated), its kind ({@code export/actor-kinds.tsv}; 0 when not told)</td></tr>
 * <tr><td>actor2, assoc_actor_2, inter2</td><td>the first patient, the other patients, its kind</td></tr>
 * <tr><td>interaction</td><td>the two inter codes, lower first ({@code 17}); one alone times ten; 0 for none</td></tr>
 * <tr><td>civilian_targeting</td><td>"Civilian targeting" when political violence has civilians as patients</td></tr>
 * <tr><td>iso, region, country</td><td>ISO 3166 numeric code, ACLED region and name of the place's country</td></tr>
 * <tr><td>admin1, location, latitude, longitude</td><td>the place's region and name, coordinates to 4 decimals;
 *   admin2 and admin3 are left empty (the knowledge base has no second-level regions)</td></tr>
 * <tr><td>geo_precision</td><td>1 for a town or village, 3 for a region (its seat), as ACLED</td></tr>
 * <tr><td>source</td><td>the outlets of the reporting articles, then the speakers they quote ({@code ;})</td></tr>
 * <tr><td>source_scale</td><td>left empty: the scale of an outlet is not known</td></tr>
 * <tr><td>notes</td><td>the event in a few words, the words of its first report, its article</td></tr>
 * <tr><td>fatalities</td><td>the smallest death toll its figures give, else 0 ({@link Fatalities})</td></tr>
 * <tr><td>tags</td><td>disputes and denials: {@code disputed: quantity; denied by Russia}</td></tr>
 * <tr><td>timestamp</td><td>Unix time of the latest report's publication day (00:00 UTC), so that the same
 *   corpus gives the same file; the time of export only for an event no dated article reports</td></tr>
 * </table>
 *
 * <p>Left out, and counted in the summary: types ACLED does not record (meetings, negotiations, statements,
 * sanctions, elections) or casualties with no armed actor; events no source tells as having happened
 * (planned, denied); events without a day, week or month; events with no place finer than a country (ACLED
 * places every event at a town or a region), or in no country.
 */
final class AcledCsv {

    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

    /** Longest evidence quoted in the notes. */
    private static final int NOTE_WORDS = 300;

    /** An ACLED date: the day written, and the time precision code. */
    record AcledDate(LocalDate day, int precision) {

        /** The ACLED date of a TIMEX3-style value, or null when ACLED cannot hold it (a year, a season, none). */
        static AcledDate of(String value) {
            if (value == null) {
                return null;
            }
            try {
                if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    return new AcledDate(LocalDate.parse(value.substring(0, 10)), 1);
                }
                if (value.matches("\\d{4}-W\\d{2}")) {
                    LocalDate monday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
                            .with(java.time.DayOfWeek.MONDAY);
                    return new AcledDate(monday.plusDays(2), 2);
                }
                if (value.matches("\\d{4}-\\d{2}")) {
                    return new AcledDate(LocalDate.parse(value + "-15"), 3);
                }
            } catch (java.time.DateTimeException e) {
                return null;
            }
            return null;
        }
    }

    private AcledCsv() {
    }

    static Exports.Summary write(CorpusFacts corpus, Writer out) throws IOException {
        Exports.Tally tally = new Exports.Tally(Exports.Format.ACLED_CSV, "events");
        row(out, COLUMNS);
        Map<String, Integer> sequence = new HashMap<>();
        for (EventFacts e : corpus.events()) {
            if (!EventRules.ACLED.maps(e.type())) {
                tally.leftOut("of a type ACLED does not record (" + e.type() + ")");
                continue;
            }
            List<String> types = EventRules.ACLED.of(e).orElse(null);
            if (types == null) {
                tally.leftOut("with no ACLED equivalent (" + e.type() + " with no armed actor)");
                continue;
            }
            if (!e.happened()) {
                tally.leftOut("not told as having happened");
                continue;
            }
            AcledDate date = AcledDate.of(e.event().date());
            if (date == null) {
                tally.leftOut("without a day, week or month");
                continue;
            }
            Place place = e.place();
            if (place == null || place.precision() == Place.Precision.COUNTRY) {
                tally.leftOut(place == null ? "without a place" : "placed no closer than a country");
                continue;
            }
            Countries.Country country = corpus.countries().byIso2(place.country()).orElse(null);
            if (country == null) {
                tally.leftOut("in no known country");
                continue;
            }
            int n = sequence.merge(country.iso3(), 1, Integer::sum);
            row(out, fields(e, corpus, types, date, country, country.iso3() + n));
            tally.written();
        }
        return tally.summary();
    }

    private static List<String> fields(EventFacts e, CorpusFacts corpus, List<String> types, AcledDate date,
                                       Countries.Country country, String id) {
        EventFacts.Actor a1 = e.actor1();
        EventFacts.Actor a2 = e.actor2();
        int inter1 = a1 == null ? 0 : a1.kind().inter();
        int inter2 = a2 == null ? 0 : a2.kind().inter();
        boolean violence = types.get(0).equals("Political violence");
        boolean civilians = e.actors(Event.Role.PATIENT).stream().anyMatch(a -> a.kind().inter() == 7);
        Place place = e.place();
        List<String> f = new ArrayList<>();
        f.add(id);
        f.add(date.day().toString());
        f.add(Integer.toString(date.day().getYear()));
        f.add(Integer.toString(date.precision()));
        f.addAll(types);
        f.add(a1 == null ? "" : a1.name());
        f.add(names(e.others(Event.Role.AGENT)));
        f.add(Integer.toString(inter1));
        f.add(a2 == null ? "" : a2.name());
        f.add(names(e.others(Event.Role.PATIENT)));
        f.add(Integer.toString(inter2));
        f.add(Integer.toString(interaction(inter1, inter2)));
        f.add(violence && civilians ? "Civilian targeting" : "");
        f.add(country.numeric().isEmpty() ? "" : Integer.toString(Integer.parseInt(country.numeric())));
        f.add(country.acledRegion());
        f.add(country.name());
        f.add(place.admin1() == null ? "" : place.admin1());
        f.add("");
        f.add("");
        f.add(e.location().name());
        f.add(String.format(Locale.ROOT, "%.4f", place.lat()));
        f.add(String.format(Locale.ROOT, "%.4f", place.lon()));
        f.add(place.precision() == Place.Precision.EXACT ? "1" : "3");
        f.add(String.join("; ", e.sources()));
        f.add("");
        f.add(notes(e));
        f.add(Long.toString(Fatalities.of(corpus.figures(e.event()), corpus)));
        f.add(tags(e));
        String last = e.lastReported();
        f.add(Long.toString(last != null ? LocalDate.parse(last).atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                : corpus.exported().getEpochSecond()));
        return f;
    }

    private static String names(List<EventFacts.Actor> actors) {
        return actors.stream().map(EventFacts.Actor::name).collect(Collectors.joining("; "));
    }

    /** ACLED's interaction code: both actor types, lower first; one alone, times ten. */
    static int interaction(int inter1, int inter2) {
        if (inter1 == 0 || inter2 == 0) {
            return Math.max(inter1, inter2) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    /** "ATTACK — Russia, Kursk Oblast, 2025-04-26. “…evidence…” (Keystone-SDA, 000_bbddf157615b990c; 2 reports)". */
    private static String notes(EventFacts e) {
        String words = e.evidence();
        if (words.length() > NOTE_WORDS) {
            words = words.substring(0, NOTE_WORDS - 1) + "…";
        }
        int reports = e.reports().size();
        return EventFacts.oneLine(e.event().label()) + ". “" + words + "” (" + EventFacts.outlet(e.firstArticle()) + ", "
                + e.firstArticle().article().doc() + (reports > 1 ? "; " + reports + " reports" : "") + ")";
    }

    private static String tags(EventFacts e) {
        List<String> tags = new ArrayList<>();
        List<String> kinds = e.disputes().stream().map(c -> c.kind().label()).distinct().toList();
        if (!kinds.isEmpty()) {
            tags.add("disputed: " + String.join(", ", kinds));
        }
        for (String who : e.deniedBy()) {
            tags.add("denied by " + who);
        }
        return String.join("; ", tags);
    }

    /** One CSV record, fields quoted where RFC 4180 needs it, none a spreadsheet formula ({@link Cells}), CRLF-terminated. */
    static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(Cells.inert(fields.get(i))));
        }
        out.write("\r\n");
    }

    /** A field as RFC 4180 writes it: in double quotes, with quotes doubled, when it holds a comma, quote or line break. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

package org.factline.app.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.factline.knowledge.corpus.CorpusEvent;
import org.factline.model.Analysis;
import org.factline.model.Place;

/**
 * Events as GDELT 2.0 Events rows: 61 tab-separated columns, no header, one row per merged corpus event with a
 * CAMEO equivalent that a source tells as having happened. Tabs and line breaks inside a value become spaces
 * (the format has no quoting).
 *
 * <table>
 * <caption>How the columns are filled</caption>
 * <tr><th>columns</th><th>from</th></tr>
 * <tr><td>GLOBALEVENTID</td><td>the corpus event's number, from 1 (unique within an export, not GDELT's)</td></tr>
 * <tr><td>SQLDATE, MonthYear, Year, FractionDate</td><td>the event's day; when the event is not dated to the day,
 *   the first report's publication day, as GDELT dates events; FractionDate = year + (month × 30 + day) / 365</td></tr>
 * <tr><td>Actor1*, Actor2*</td><td>the first agent (else participant) and the first patient: code = CAMEO country
 *   code (ISO alpha-3, which CAMEO's country codes follow) + type code ({@code export/actor-kinds.tsv}: MIL, GOV,
 *   REB, CVL…), name in capitals as GDELT writes it, country code, Type1Code; known group, ethnic and religion
 *   codes are left empty</td></tr>
 * <tr><td>IsRootEvent</td><td>1 when an article tells it in its first paragraph</td></tr>
 * <tr><td>EventCode, EventBaseCode, EventRootCode</td><td>{@code export/cameo-event-types.tsv}</td></tr>
 * <tr><td>QuadClass, GoldsteinScale</td><td>from the root code, and the code's scale in
 *   {@code export/cameo-codes.tsv}</td></tr>
 * <tr><td>NumMentions, NumSources, NumArticles</td><td>passages telling it in all reports, outlets, articles</td></tr>
 * <tr><td>AvgTone</td><td>0: Factline does not measure tone</td></tr>
 * <tr><td>*Geo_*</td><td>the event's place (ActionGeo), each actor's own place or else its country's centre:
 *   type 1 country, 4 city (3 in the US), 5 region (2 in the US), 0 none; full name "City, Region, Country";
 *   FIPS 10-4 country code; ADM1Code is the FIPS country code alone (the knowledge base has region names, not
 *   FIPS region codes); ADM2Code empty; lat/long; FeatureID the country code for countries, the ADM1Code for
 *   regions and the place's own id (Wikidata QID or Factline id, not a GNS number) for cities</td></tr>
 * <tr><td>DATEADDED</td><td>the first report's publication day, 00:00 UTC (the time of export for an event no
 *   dated article reports)</td></tr>
 * <tr><td>SOURCEURL</td><td>the first reporting article's URL, else its document name</td></tr>
 * </table>
 */
final class GdeltTsv {

    static final int COLUMNS = 61;

    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DATEADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private GdeltTsv() {
    }

    static Exports.Summary write(CorpusFacts corpus, Writer out) throws IOException {
        Exports.Tally tally = new Exports.Tally(Exports.Format.GDELT_TSV, "events");
        CameoCodes cameo = CameoCodes.standard();
        for (EventFacts e : corpus.events()) {
            String code = EventRules.CAMEO.of(e).map(List::getFirst).orElse(null);
            if (code == null) {
                tally.leftOut("with no CAMEO equivalent (" + e.type() + ")");
                continue;
            }
            if (!e.happened()) {
                tally.leftOut("not told as having happened");
                continue;
            }
            LocalDate day = day(e);
            if (day == null) {
                tally.leftOut("without a day (neither the event's nor its reports')");
                continue;
            }
            List<String> f = new ArrayList<>(COLUMNS);
            f.add(Integer.toString(e.event().id() + 1));
            f.add(day.format(SQLDATE));
            f.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
            f.add(Integer.toString(day.getYear()));
            f.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
            actor(f, e.actor1(), corpus);
            actor(f, e.actor2(), corpus);
            f.add(e.inLead() ? "1" : "0");
            f.add(code);
            f.add(CameoCodes.base(code));
            f.add(CameoCodes.root(code));
            f.add(Integer.toString(CameoCodes.quadClass(code)));
            f.add(String.format(Locale.ROOT, "%.1f", cameo.goldstein(code)));
            f.add(Integer.toString(e.mentions()));
            f.add(Integer.toString(e.outlets().size()));
            f.add(Integer.toString(e.articles()));
            f.add("0");
            actorGeo(f, e.actor1(), corpus);
            actorGeo(f, e.actor2(), corpus);
            if (e.location() == null) {
                geo(f, null, null, null, corpus);
            } else {
                geo(f, e.place(), e.location().entityId(), e.location().name(), corpus);
            }
            String first = e.firstReported();
            LocalDateTime added = first != null ? LocalDate.parse(first).atStartOfDay()
                    : LocalDateTime.ofInstant(corpus.exported(), ZoneOffset.UTC);
            f.add(added.format(DATEADDED));
            f.add(sourceUrl(e));
            row(out, f);
            tally.written();
        }
        return tally.summary();
    }

    /** The event's day, else the first report's publication day, else null. */
    static LocalDate day(EventFacts e) {
        String d = e.event().date();
        if (d != null && d.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            try {
                return LocalDate.parse(d.substring(0, 10));
            } catch (java.time.DateTimeException ignored) {
                // fall through to the report's day
            }
        }
        for (CorpusEvent.Report r : e.reports()) {
            String reported = r.statement().reported();
            if (reported != null && reported.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(reported);
            }
        }
        return null;
    }

    /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code. */
    private static void actor(List<String> f, EventFacts.Actor a, CorpusFacts corpus) {
        String country = a == null ? "" : corpus.countries().byIso2(a.country()).map(Countries.Country::iso3).orElse("");
        String type = a == null || a.kind().cameo() == null ? "" : a.kind().cameo();
        f.add(country + type);
        f.add(a == null ? "" : a.name().toUpperCase(Locale.ROOT));
        f.add(country);
        f.add("");
        f.add("");
        f.add("");
        f.add("");
        f.add(type);
        f.add("");
        f.add("");
    }

    /** An actor's own place (a country, a city acting), else its country's centre. */
    private static void actorGeo(List<String> f, EventFacts.Actor a, CorpusFacts corpus) {
        Place own = a == null ? null : corpus.placeOf(a.actor().entityId());
        if (own != null) {
            geo(f, own, a.actor().entityId(), a.name(), corpus);
        } else {
            geo(f, a == null ? null : corpus.countryPlace(a.country()), null, null, corpus);
        }
    }

    /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
    private static void geo(List<String> f, Place place, String placeId, String name, CorpusFacts corpus) {
        Countries.Country country = place == null ? null : corpus.countries().byIso2(place.country()).orElse(null);
        if (place == null) {
            f.addAll(List.of("0", "", "", "", "", "", "", ""));
            return;
        }
        boolean us = "US".equals(place.country());
        int type = switch (place.precision()) {
            case COUNTRY -> 1;
            case REGION -> us ? 2 : 5;
            case EXACT -> us ? 3 : 4;
        };
        String fips = country == null ? "" : country.fips(place);
        f.add(Integer.toString(type));
        f.add(fullName(place, name, country));
        f.add(fips);
        f.add(fips);
        f.add("");
        f.add(String.format(Locale.ROOT, "%.4f", place.lat()));
        f.add(String.format(Locale.ROOT, "%.4f", place.lon()));
        f.add(type == 3 || type == 4 ? (placeId == null ? "" : placeId) : fips);
    }

    /** "Sudzha, Kursk Oblast, Russia", "Kursk Oblast, Russia", "Russia": as GDELT names a place. */
    private static String fullName(Place place, String name, Countries.Country country) {
        Set<String> parts = new LinkedHashSet<>();
        if (place.precision() != Place.Precision.COUNTRY) {
            if (name != null) {
                parts.add(name);
            }
            if (place.admin1() != null) {
                parts.add(place.admin1());
            }
        }
        if (country != null) {
            parts.add(country.name());
        }
        return String.join(", ", parts);
    }

    private static String sourceUrl(EventFacts e) {
        Analysis first = e.firstArticle();
        String url = first.article().url();
        return url != null && !url.isBlank() ? url : first.article().doc();
    }

    /** One row: tabs and line breaks within a field become spaces, and no field is a spreadsheet formula ({@link Cells}). */
    static void row(Writer out, List<String> fields) throws IOException {
        if (fields.size() != COLUMNS) {
            throw new IllegalStateException("a GDELT row has " + COLUMNS + " columns, not " + fields.size());
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(Cells.inert(fields.get(i).replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ")));
        }
        out.write('\n');
    }
}

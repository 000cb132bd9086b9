package org.factline.app.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.factline.model.Place;

/**
 * The events that have coordinates as an RFC 7946 GeoJSON FeatureCollection: one Feature per merged corpus event,
 * a Point at [longitude, latitude] (WGS 84, no {@code crs} member), with the properties a map needs:
 * {@code id} (the corpus event's number), {@code type}, {@code plover}, {@code date} (TIMEX3 value or null),
 * {@code label}, {@code precision} (exact, region, country: how closely the point places it), {@code place},
 * {@code country} (ISO alpha-2), {@code reports}, {@code articles}, {@code sources}, {@code disputed}, {@code denied_by}.
 * Every event is a feature whatever its modality: a map shows what was reported, and {@code denied_by} says who
 * denies it. Events without coordinates are left out and counted.
 */
final class GeoJson {

    private static final JsonFactory JSON = new JsonFactory();

    private GeoJson() {
    }

    static Exports.Summary write(CorpusFacts corpus, Writer out) throws IOException {
        Exports.Tally tally = new Exports.Tally(Exports.Format.GEOJSON, "features");
        JsonGenerator g = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        for (EventFacts e : corpus.events()) {
            Place p = e.place();
            if (p == null) {
                tally.leftOut("without coordinates");
                continue;
            }
            feature(g, e, p);
            g.writeRaw('\n');
            tally.written();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
        return tally.summary();
    }

    private static void feature(JsonGenerator g, EventFacts e, Place p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeNumberField("id", e.event().id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(p.lon());
        g.writeNumber(p.lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeNumberField("id", e.event().id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("plover", e.type().plover());
        g.writeStringField("date", e.event().date());
        g.writeStringField("label", e.event().label());
        g.writeStringField("precision", p.precision().name().toLowerCase(Locale.ROOT));
        g.writeStringField("place", e.location().name());
        g.writeStringField("country", p.country());
        g.writeNumberField("reports", e.reports().size());
        g.writeNumberField("articles", e.articles());
        g.writeArrayFieldStart("sources");
        for (String s : e.sources()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeBooleanField("disputed", !e.disputes().isEmpty());
        g.writeArrayFieldStart("denied_by");
        for (String s : e.deniedBy()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }
}

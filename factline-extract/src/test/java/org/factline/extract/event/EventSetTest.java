package org.factline.extract.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.extract.TestSets;
import org.factline.model.Analysis;
import org.factline.model.Event;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The event extractor on the project's own event sets ({@code events/<lang>.jsonl}: passages of many
 * outlets' styles and topics with the expected events). A system event is paired with a gold one when its
 * trigger lies in the gold evidence (or one of its later mentions); paired events are compared for type,
 * and those of the right type for date, modality and who asserts them. Prints the figures; fails below
 * floors set just under what was measured (docs/QUALITY.md), so that a regression shows.
 * {@code FACTLINE_EVENTS_VERBOSE=1} prints every miss.
 */
class EventSetTest {

    private static final Pipeline PIPELINE = Pipelines.standard();

    record Figures(String lang, int gold, int system, int paired, int typed, int dated, int dateOk, int byOk, int modalOk)
            implements TestSets.Detection {

        /** A hit is a paired event of the right type. */
        @Override
        public int hit() {
            return typed;
        }

        double typeAccuracy() {
            return paired == 0 ? 0 : (double) typed / paired;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "events %s: gold %d, system %d, paired %d — P %.3f R %.3f F1 %.3f; type %.3f,"
                    + " date %.3f (%d dated), asserted_by %.3f, modality %.3f", lang, gold, system, paired, precision(),
                    recall(), f1(), typeAccuracy(), dated == 0 ? 0 : (double) dateOk / dated, dated,
                    typed == 0 ? 0 : (double) byOk / typed, typed == 0 ? 0 : (double) modalOk / typed);
        }
    }

    @Test
    void french() throws Exception {
        Figures f = measure("fr");
        assertTrue(f.typeAccuracy() >= 0.85, f.toString());
        assertTrue(f.f1() >= 0.35, f.toString());
    }

    @Test
    void english() throws Exception {
        Figures f = measure("en");
        assertTrue(f.typeAccuracy() >= 0.85, f.toString());
        assertTrue(f.f1() >= 0.35, f.toString());
    }

    private Figures measure(String lang) throws Exception {
        boolean verbose = System.getenv("FACTLINE_EVENTS_VERBOSE") != null;
        int gold = 0, system = 0, paired = 0, typed = 0, dated = 0, dateOk = 0, byOk = 0, modalOk = 0;
        for (JsonNode item : TestSets.read("events", lang)) {
            Analysis a = PIPELINE.analyse(TestSets.article(lang, item));
            String text = a.text();
            List<Event> found = new ArrayList<>(a.events());
            system += found.size();
            for (JsonNode g : item.path("events")) {
                gold++;
                List<Span> spans = new ArrayList<>();
                spans.add(spanOf(text, g.path("evidence").asText()));
                for (JsonNode also : g.path("also")) {
                    spans.add(spanOf(text, also.isObject() ? also.path("evidence").asText(also.path("trigger").asText()) : also.asText()));
                }
                Event hit = null;
                for (Event e : found) {
                    boolean inside = spans.stream().anyMatch(s -> s != null && s.contains(e.trigger()));
                    if (inside && (hit == null || e.type().name().equals(g.path("type").asText()) && !hit.type().name().equals(g.path("type").asText()))) {
                        hit = e;
                    }
                }
                if (hit == null) {
                    if (verbose) {
                        System.out.println(item.path("id").asText() + " MISS " + g.path("type").asText() + " | " + g.path("trigger").asText());
                    }
                    continue;
                }
                found.remove(hit);
                paired++;
                if (!hit.type().name().equals(g.path("type").asText())) {
                    if (verbose) {
                        System.out.println(item.path("id").asText() + " TYPE " + g.path("type").asText() + " / " + hit.type() + " | " + hit.triggerText());
                    }
                    continue;
                }
                typed++;
                String by = hit.claim() < 0 ? "narrator" : a.claims().get(hit.claim()).speaker().name();
                byOk += TestSets.sameActor(g.path("asserted_by").asText(), by) || g.path("asserted_by").asText().equals(by) ? 1 : 0;
                modalOk += g.path("modality").asText("asserted").equals(hit.modality().name().toLowerCase(Locale.ROOT)) ? 1 : 0;
                if (!g.path("date").isNull()) {
                    dated++;
                    dateOk += g.path("date").asText().equals(hit.date()) ? 1 : 0;
                }
            }
            if (verbose) {
                for (Event e : found) {
                    System.out.println(item.path("id").asText() + " EXTRA " + e.type() + " | " + e.triggerText());
                }
            }
        }
        Figures f = new Figures(lang, gold, system, paired, typed, dated, dateOk, byOk, modalOk);
        System.out.println(f);
        return f;
    }

    private static Span spanOf(String text, String part) {
        int at = part.isEmpty() ? -1 : text.indexOf(part);
        return at < 0 ? null : new Span(at, at + part.length());
    }
}

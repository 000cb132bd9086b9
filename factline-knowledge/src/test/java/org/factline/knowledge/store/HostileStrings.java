package org.factline.knowledge.store;

import java.util.ArrayList;
import java.util.List;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.EventType;
import org.factline.model.Language;
import org.factline.model.Mention;
import org.factline.model.Provenance;
import org.factline.model.Quantity;
import org.factline.model.Removal;
import org.factline.model.SourceRef;
import org.factline.model.Span;

/**
 * Strings that would change a statement if the store ever built SQL from them instead of binding them as
 * parameters, or that a careless quoting or LIKE would garble: SQL in quotes of every kind, backslashes,
 * PostgreSQL's dollar quotes, placeholders, wildcards, control characters (but NUL, which no backend keeps),
 * Unicode that is not in the Basic Multilingual Plane or reads right to left, and the longest id there is.
 */
final class HostileStrings {

    static final List<String> ALL = List.of(
            "'; DROP TABLE article; --",
            "\" OR 1=1 --",
            "' OR '1'='1",
            "x'); DELETE FROM entity WHERE ('1'='1",
            "\\'; DROP TABLE claim; --",
            "C:\\temp\\new\\x\\\\y\\",
            "$$; DROP TABLE article; $$",
            "$1 ? ?? :name ${large_text} {fn now()} {d '2025-01-01'}",
            "/* comment */ -- line\n; ROLLBACK; COMMIT; SELECT pg_sleep(10);",
            "100%_sure",
            "tab\there\r\nbell\u0007 esc\u001b[31m del\u007f form\f vt\u000b start\u0001 unit\u001f",
            "Zürich – 北京 – مرحبا – 🇺🇦🪖 – e\u0301 – \u202eRTL\u202c – line\u2028sep – \ufeffBOM",
            "'".repeat(StorableAnalysis.MAX_ID));

    /** About 100,000 characters of SQL. */
    static final String LONG = "'; DROP TABLE article; -- \" OR 1=1 \\ ".repeat(2_700);

    private HostileStrings() {
    }

    /** An article whose id, doc name, and every text field are {@code s}. */
    static Article article(String s) {
        String text = "Texte : " + s;
        return new Article(s, s, new SourceRef(s, "text"), s + LONG, s, s, new Language("fr", 0.5, false, true),
                null, text, s + "\n\n" + text, List.of(new Span(0, text.length())), List.of(),
                List.of(new Removal(Removal.Kind.CAPTION, s), new Removal(Removal.Kind.BOILERPLATE, LONG)),
                List.of(s, LONG));
    }

    /** An article whose paragraphs are the hostile strings, one each, to point analyses at. */
    static Article paragraphs() {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String s : ALL) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            spans.add(new Span(text.length(), text.length() + s.length()));
            text.append(s);
        }
        return new Article("hostile-analysis", "hostile-analysis", new SourceRef("hostile.txt", "text"), null, null,
                null, new Language("fr", 0.5, false, true), null, text.toString(), text.toString(), spans, List.of(),
                List.of(), List.of());
    }

    /**
     * Entities, mentions, claims, events and figures of {@link #paragraphs()} named by the hostile strings:
     * the i-th of each is the i-th string, as id, name, alias, speaker, actor, place and unit.
     */
    static Analysis analysis(Article article) {
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            String s = ALL.get(i);
            Span span = article.paragraphs().get(i);
            mentions.add(new Mention(span, s, EntityType.PERSON, s, Mention.Kind.NAME, new Provenance(s, 0.5)));
            entities.add(new Entity(s, s + LONG, EntityType.PERSON, List.of(s, LONG), null, false));
            Claim.Speaker speaker = new Claim.Speaker(s, s, span, s);
            claims.add(new Claim(span, s, span, s, speaker, true, Claim.Stance.ASSERT, false, null,
                    Claim.DateBasis.NONE, s, span, -1, 0.5));
            events.add(new Event(EventType.OTHER, span, s, List.of(new Event.Actor(Event.Role.AGENT, s, s, span, s)),
                    new Event.Location(s, s, span, null), null, Event.DateBasis.NONE, Event.Modality.ASSERTED, i,
                    List.of(span), 0.5));
            quantities.add(new Quantity(span, s, 1.0, 1.0, 1.0, Quantity.Qualifier.EXACTLY, false, s, s, span, speaker,
                    i, i, span, 0.5));
        }
        return new Analysis(article, List.of(), List.of(), mentions, entities, List.of(), claims, events, quantities);
    }
}

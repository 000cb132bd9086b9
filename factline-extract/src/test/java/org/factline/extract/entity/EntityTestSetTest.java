package org.factline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factline.extract.Pipelines;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Entity;
import org.factline.model.Language;
import org.factline.model.Mention;
import org.factline.model.PublicationDate;
import org.factline.model.SourceRef;
import org.factline.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The entity test set of our own sentences (src/test/resources/entities): every expected mention is
 * found and tied to the expected entity, and entities that must stay apart do.
 */
class EntityTestSetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String lang, LocalDate date, String text, List<JsonNode> expect, JsonNode distinct) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void each_expected_mention_is_linked_to_its_entity(String lang) throws Exception {
        List<Case> cases = read(lang);
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (Case c : cases) {
            Analysis a = Pipelines.standard().analyse(article(c));
            for (JsonNode e : c.expect()) {
                total++;
                String problem = check(a, e.get("mention").asText(), e.get("name").asText(), e.get("type").asText());
                if (problem != null) {
                    misses.add(problem + "  in: " + c.text());
                }
            }
            if (c.distinct() != null) {
                for (JsonNode pair : c.distinct()) {
                    assertThat(entityOf(a, pair.get(0).asText())).as(c.text())
                            .isNotNull()
                            .isNotEqualTo(entityOf(a, pair.get(1).asText()));
                }
            }
        }
        double accuracy = 1.0 - (double) misses.size() / total;
        System.out.printf("entity test set %s: %d/%d mentions linked right (%.3f)%n", lang, total - misses.size(), total, accuracy);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(accuracy).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
    }

    private static String entityOf(Analysis a, String mention) {
        return a.mentions().stream().filter(m -> m.text().equals(mention)).map(Mention::entityId).findFirst().orElse(null);
    }

    /** Null when the mention is there and linked to an entity of that name and type, else what is wrong. */
    private static String check(Analysis a, String mention, String name, String type) {
        List<Mention> found = a.mentions().stream().filter(m -> m.text().equals(mention)).toList();
        if (found.isEmpty()) {
            return "'" + mention + "' not found";
        }
        for (Mention m : found) {
            Entity e = a.entities().stream().filter(x -> Objects.equals(x.id(), m.entityId())).findFirst().orElse(null);
            if (e != null && e.name().equals(name) && e.type().name().equals(type)) {
                return null;
            }
        }
        Mention m = found.getFirst();
        Entity e = a.entities().stream().filter(x -> Objects.equals(x.id(), m.entityId())).findFirst().orElse(null);
        return "'" + mention + "' → " + (e == null ? "no entity" : e.name() + " (" + e.type() + ")") + ", expected " + name + " (" + type + ")";
    }

    static Article article(Case c) {
        return new Article("t", "t", new SourceRef("test", "text"), null, null, null,
                new Language(c.lang(), 1, true, true), PublicationDate.day(c.date(), PublicationDate.Basis.HEADER, null),
                c.text(), c.text(), List.of(new Span(0, c.text().length())), List.of(), List.of(), List.of());
    }

    static List<Case> read(String lang) throws Exception {
        List<Case> cases = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(EntityTestSetTest.class.getResourceAsStream("/entities/" + lang + ".jsonl")),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                List<JsonNode> expect = new ArrayList<>();
                n.get("expect").forEach(expect::add);
                cases.add(new Case(n.get("lang").asText(), LocalDate.parse(n.get("date").asText()), n.get("text").asText(),
                        expect, n.get("distinct")));
            }
        }
        return cases;
    }
}

package org.factline.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.factline.model.EntityType;
import org.factline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataImporterTest {

    /**
     * Lines in Wikidata's JSON dump format. Q99999901 and Q99999904 are made-up items for this test (a position
     * and its holder); the others are trimmed copies of real items.
     */
    private static final String DUMP = """
            [
            {"type":"item","id":"Q99999904","labels":{"en":{"language":"en","value":"Testa Fixturova"},"fr":{"language":"fr","value":"Testa Fixtourova"}},"aliases":{"de":[{"language":"de","value":"Testa Fixturowa"}]},"claims":{"P31":[%s],"P27":[%s],"P39":[{"mainsnak":{"snaktype":"value","property":"P39","datavalue":{"value":{"entity-type":"item","id":"Q99999901"},"type":"wikibase-entityid"}},"type":"statement","qualifiers":{"P580":[{"snaktype":"value","property":"P580","datavalue":{"value":{"time":"+2030-01-00T00:00:00Z","timezone":0,"before":0,"after":0,"precision":10,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"}}],"P582":[{"snaktype":"value","property":"P582","datavalue":{"value":{"time":"+2031-05-07T00:00:00Z","timezone":0,"before":0,"after":0,"precision":11,"calendarmodel":"http://www.wikidata.org/entity/Q1985727"},"type":"time"}}]},"rank":"normal"}]}},
            {"type":"item","id":"Q99999901","labels":{"en":{"language":"en","value":"President of Russia (test position)"}},"claims":{"P31":[%s],"P279":[%s],"P1001":[%s]}},
            {"type":"item","id":"Q159","labels":{"en":{"language":"en","value":"Russia"},"fr":{"language":"fr","value":"Russie"},"uk":{"language":"uk","value":"Росія"}},"claims":{"P31":[%s],"P297":[{"mainsnak":{"snaktype":"value","property":"P297","datavalue":{"value":"RU","type":"string"}},"type":"statement","rank":"normal"}],"P625":[{"mainsnak":{"snaktype":"value","property":"P625","datavalue":{"value":{"latitude":60.0,"longitude":100.0,"altitude":null,"precision":1,"globe":"http://www.wikidata.org/entity/Q2"},"type":"globecoordinate"}},"type":"statement","rank":"normal"}]}},
            {"type":"item","id":"Q649","labels":{"en":{"language":"en","value":"Moscow"},"fr":{"language":"fr","value":"Moscou"}},"aliases":{"en":[{"language":"en","value":"Moskva"}],"it":[{"language":"it","value":"Mosca"}]},"claims":{"P31":[%s],"P17":[%s],"P625":[{"mainsnak":{"snaktype":"value","property":"P625","datavalue":{"value":{"latitude":55.7558,"longitude":37.6172,"altitude":null,"precision":0.0001,"globe":"http://www.wikidata.org/entity/Q2"},"type":"globecoordinate"}},"type":"statement","rank":"normal"}]}},
            {"type":"item","id":"Q99999902","labels":{"fr":{"language":"fr","value":"Sans nom anglais"}},"claims":{"P31":[%s]}},
            {"type":"item","id":"Q99999903","labels":{"en":{"language":"en","value":"A scholarly article"}},"claims":{"P31":[%s]}},
            {"type":"item","id": broken line,
            ]
            """.formatted(item("P31", "Q5"), item("P27", "Q159"), item("P31", "Q4164871"), item("P279", "Q48352"),
            item("P1001", "Q159"), item("P31", "Q3624078"), item("P31", "Q515"), item("P17", "Q159"),
            item("P31", "Q5"), item("P31", "Q13442814"));

    private static String item(String property, String id) {
        return """
                {"mainsnak":{"snaktype":"value","property":"%s","datavalue":{"value":{"entity-type":"item","id":"%s"},"type":"wikibase-entityid"}},"type":"statement","rank":"normal"}"""
                .formatted(property, id);
    }

    @Test
    void importsPeoplePlacesAndRolesAndNamesItsBadLines(@TempDir Path dir) throws IOException {
        Path dump = dir.resolve("fixture.json");
        Files.writeString(dump, DUMP);
        Path out = dir.resolve("wikidata.jsonl");

        WikidataImporter.Report report = WikidataImporter.importDump(dump, out);

        assertThat(report.written()).isEqualTo(3);
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().getFirst().line()).isEqualTo(8);
        assertThat(report.problems().getFirst().message()).startsWith("not JSON");

        KnowledgeBase kb = KnowledgeBase.standardWith(List.of(out));
        assertThat(kb.problems()).isEmpty();
        KbEntity testa = kb.byId("Q99999904").orElseThrow();
        assertThat(testa.type()).isEqualTo(EntityType.PERSON);
        assertThat(testa.aliases()).contains(new Alias("Testa Fixtourova", "fr", Alias.Kind.NAME),
                new Alias("Testa Fixturowa", "de", Alias.Kind.NAME));
        assertThat(testa.roles()).containsExactly(
                new RoleTerm(Role.HEAD_OF_STATE, "Q159", LocalDate.of(2030, 1, 1), LocalDate.of(2031, 5, 7)));
        assertThat(kb.holder(Role.HEAD_OF_STATE, "Q159", LocalDate.of(2030, 6, 1))).contains(testa);
        assertThat(kb.names().best("Testa Fixtourova", EntityType.PERSON, "fr")).map(NameCandidate::entity).contains(testa);

        KbEntity moscow = kb.byId("Q649").orElseThrow();
        assertThat(moscow.aliases()).contains(new Alias("Moskva", "en", Alias.Kind.NAME))
                .doesNotContain(new Alias("Mosca", "it", Alias.Kind.NAME));
        assertThat(moscow.place().country()).isEqualTo("RU");
        assertThat(kb.country("RU")).map(KbEntity::id).contains("Q159");
    }

    @Test
    void readsGzippedDumpsAndWritesTheKnowledgeBaseFormat(@TempDir Path dir) throws IOException {
        Path dump = dir.resolve("fixture.json.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dump))) {
            gz.write(DUMP.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("wikidata.jsonl");
        assertThat(WikidataImporter.importDump(dump, out).written()).isEqualTo(3);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).startsWith("# Imported from Wikidata");
        EntityDraft russia = EntityLines.read(lines.stream().filter(l -> l.startsWith("{\"id\":\"Q159\"")).findFirst().orElseThrow());
        assertThat(russia.precision).isEqualTo(Place.Precision.COUNTRY);
        assertThat(russia.country).isEqualTo("RU");
    }
}

package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands over many articles — contradictions, timeline, claims, entity — on the example articles
 * and on the project's own corpus of invented stories (examples/stories, with expected results).
 */
class KnowledgeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path STORIES = Path.of("../examples/stories");

    @TempDir
    static Path tmp;

    private static String kursk;

    @BeforeAll
    static void ingestTheExamples() {
        kursk = tmp.resolve("kursk").toString();
        Cli ingest = Cli.run("ingest", CommandLineTest.EXAMPLES.toString(), "--data", kursk);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    static JsonNode json(Cli cli) {
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        try {
            return JSON.readTree(cli.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + cli.out(), e);
        }
    }

    /** A side's source, with a capital or an official as its country where the issue names the country. */
    private static boolean side(JsonNode side, String doc, Set<String> sources) {
        return side.get("doc").asText().equals(doc) && sources.contains(side.get("source").asText());
    }

    private static boolean has(JsonNode contradictions, String kind, String docA, Set<String> a, String docB, Set<String> b) {
        for (JsonNode c : contradictions) {
            if (!c.get("kind").asText().equals(kind)) {
                continue;
            }
            if (side(c.get("a"), docA, a) && side(c.get("b"), docB, b) || side(c.get("a"), docB, b) && side(c.get("b"), docA, a)) {
                return true;
            }
        }
        return false;
    }

    /** The three disagreements issue 7 names for the examples, on any store. */
    static void assertTheExampleDisagreements(String... store) {
        JsonNode all = json(Cli.run(concat(new String[] {"contradictions", "--format", "json"}, store))).get("contradictions");
        String feb = "003_fedd8152fb742624";
        String apr = "000_bbddf157615b990c";
        assertThat(has(all, "quantity", feb, Set.of("Volodymyr Zelensky"), feb, Set.of("South Korea", "Seoul", "National Intelligence Service")))
                .as("Zelensky's 3,000 vs Seoul's about 1,100: " + all).isTrue();
        assertThat(has(all, "status-change", feb, Set.of("Ukraine", "Kyiv"), feb, Set.of("Volodymyr Zelensky")))
                .as("withdrawn (Kyiv) vs fighting again (Zelensky): " + all).isTrue();
        assertThat(has(all, "denial-vs-confirmation", feb, Set.of("Russia", "Moscow"), apr, Set.of("Valery Gerasimov", "Russia")))
                .as("Moscow's denials vs Gerasimov's confirmation: " + all).isTrue();
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theExampleArticlesShowTheirThreeDisagreements() {
        assertTheExampleDisagreements("--data", kursk);
        Cli text = Cli.run("contradictions", "--data", kursk);
        assertThat(text.out()).contains("QUANTITY").contains("STATUS-CHANGE").contains("DENIAL-VS-CONFIRMATION");
    }

    @Test
    void asOfADateOnlyWhatHadBeenReportedCounts() {
        JsonNode before = json(Cli.run("contradictions", "--format", "json", "--as-of", "2025-03-01", "--data", kursk)).get("contradictions");
        assertThat(before).isNotEmpty();
        assertThat(before).allSatisfy(c -> {
            assertThat(c.get("a").get("doc").asText()).isEqualTo("003_fedd8152fb742624");
            assertThat(c.get("b").get("doc").asText()).isEqualTo("003_fedd8152fb742624");
        });
        JsonNode timeline = json(Cli.run("timeline", "--format", "json", "--as-of", "2025-03-01", "--data", kursk));
        assertThat(timeline.get("articles")).extracting(JsonNode::asText).containsExactly("003_fedd8152fb742624");
        JsonNode early = json(Cli.run("timeline", "--format", "json", "--as-of", "2024-12-31", "--data", kursk));
        assertThat(early.get("timeline")).isEmpty();
    }

    @Test
    void theViewsOfAnEmptyDataFolderSaySoAndCreateNothing() {
        Path nothing = tmp.resolve("nothing-here");
        for (String command : List.of("contradictions", "timeline", "claims")) {
            Cli cli = Cli.run(command, "--data", nothing.toString());
            assertThat(cli.exitCode()).as(command).isEqualTo(1);
            assertThat(cli.err()).contains("no Factline data in " + nothing).contains("factline ingest");
        }
        assertThat(Cli.run("entity", "Kursk", "--data", nothing.toString()).exitCode()).isEqualTo(1);
        assertThat(Files.exists(nothing)).isFalse();
    }

    @Test
    void aTimelineIsInDateOrderAndFiltersByEntityTypeAndDates() {
        JsonNode all = json(Cli.run("timeline", "--format", "json", "--data", kursk)).get("timeline");
        List<String> dates = new ArrayList<>();
        all.forEach(e -> {
            if (e.hasNonNull("date") && e.get("date").asText().matches("\\d{4}.*")) {
                dates.add(e.get("date").asText());
            }
        });
        assertThat(dates).isSortedAccordingTo((x, y) -> x.substring(0, 4).compareTo(y.substring(0, 4)));
        JsonNode attacks = json(Cli.run("timeline", "--format", "json", "--type", "attack", "--about", "Koursk", "--data", kursk)).get("timeline");
        assertThat(attacks).isNotEmpty().allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("ATTACK"));
        JsonNode feb = json(Cli.run("timeline", "--format", "json", "--from", "2025-02", "--to", "2025-02", "--data", kursk)).get("timeline");
        assertThat(feb).allSatisfy(e -> {
            if (e.hasNonNull("date") && e.get("date").asText().matches("\\d{4}-\\d{2}.*")) {
                assertThat(e.get("date").asText()).startsWith("2025-02");
            }
        });
        assertThat(Cli.run("timeline", "--type", "PARADE", "--data", kursk).exitCode()).isEqualTo(2);
        assertThat(Cli.run("timeline", "--as-of", "yesterday", "--data", kursk).exitCode()).isEqualTo(2);
        assertThat(Cli.run("timeline", "--from", "2025-13", "--data", kursk).exitCode()).isEqualTo(2);
    }

    @Test
    void anEntityIsFoundByAnySpellingAndShowsItsClaimsAndEvents() {
        JsonNode gerasimov = json(Cli.run("entity", "Guerassimov", "--format", "json", "--data", kursk));
        assertThat(gerasimov.get("name").asText()).isEqualTo("Valery Gerasimov");
        assertThat(gerasimov.get("claims_by")).isNotEmpty();
        JsonNode kurskOblast = json(Cli.run("entity", "Koursk", "--format", "json", "--data", kursk));
        assertThat(kurskOblast.get("name").asText()).contains("Kursk");
        assertThat(kurskOblast.get("articles")).hasSize(2);
        JsonNode putin = json(Cli.run("entity", "Poutine", "--format", "json", "--data", kursk));
        assertThat(putin.get("roles")).anySatisfy(r -> {
            assertThat(r.get("role").asText()).isEqualTo("head_of_state");
            assertThat(r.get("of").asText()).isEqualTo("Russia");
        });
        Cli missing = Cli.run("entity", "Atlantis", "--data", kursk);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("No entity named 'Atlantis'");
    }

    @Test
    void claimsBySpeakerAreThatSpeakers() {
        JsonNode claims = json(Cli.run("claims", "--speaker", "Zelensky", "--format", "json", "--data", kursk)).get("claims");
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.get("reports").get(0).get("source").asText())
                .isEqualTo("Volodymyr Zelensky"));
        String hostile = "\u001b[31mred\u001b[0m";
        Cli weird = Cli.run("claims", "--speaker", hostile, "--data", kursk);
        assertThat(weird.exitCode()).isEqualTo(2);
        assertThat(weird.err()).doesNotContain("\u001b");
    }

    @Test
    void theStoriesCorpusFindsItsDisagreementsAndKnowsWhatWasVisibleWhen() throws Exception {
        assertTheStories("--data", tmp.resolve("stories").toString());
    }

    /** The stories corpus, ingested into a store, against its expected results: on any store. */
    static void assertTheStories(String... store) throws Exception {
        Cli ingest = Cli.run(concat(new String[] {"ingest", STORIES.toString()}, store));
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        JsonNode expected = JSON.readTree(Files.readString(STORIES.resolve("expected.json")));

        // Some claims about Tajikistan have a speaker the articles link to no entity: that once failed the command.
        Cli tajikistan = Cli.run(concat(new String[] {"entity", "Tajikistan"}, store));
        assertThat(tajikistan.exitCode()).as(tajikistan.err()).isZero();
        assertThat(tajikistan.out()).contains("Tajikistan");
        // claims about Azilal by speakers the text does not link to an entity ("les autorités locales")
        JsonNode azilal = json(Cli.run(concat(new String[] {"entity", "Azilal", "--format", "json"}, store)));
        assertThat(azilal.get("claims_about")).isNotEmpty();

        for (JsonNode asOf : expected.get("as_of")) {
            String date = asOf.get("date").asText();
            JsonNode timeline = json(Cli.run(concat(new String[] {"timeline", "--format", "json", "--as-of", date}, store)));
            List<String> visible = StreamSupport.stream(timeline.get("articles").spliterator(), false).map(JsonNode::asText).sorted().toList();
            List<String> want = StreamSupport.stream(asOf.get("visible_docs").spliterator(), false).map(JsonNode::asText).sorted().toList();
            assertThat(visible).as("articles visible as of " + date).isEqualTo(want);
            JsonNode found = json(Cli.run(concat(new String[] {"contradictions", "--format", "json", "--as-of", date}, store))).get("contradictions");
            assertThat(found).allSatisfy(c -> {
                assertThat(want).contains(c.get("a").get("doc").asText(), c.get("b").get("doc").asText());
            });
        }

        JsonNode found = json(Cli.run(concat(new String[] {"contradictions", "--format", "json"}, store))).get("contradictions");
        int hits = 0;
        for (JsonNode gold : expected.get("contradictions")) {
            for (JsonNode c : found) {
                Set<String> gd = new java.util.HashSet<>(List.of(gold.get("a").get("doc").asText(), gold.get("b").get("doc").asText()));
                boolean docs = gd.contains(c.get("a").get("doc").asText()) || gd.contains(c.get("b").get("doc").asText());
                Set<String> gs = new java.util.HashSet<>(List.of(gold.get("a").get("source").asText(), gold.get("b").get("source").asText()));
                if (docs && (gs.contains(c.get("a").get("source").asText()) || gs.contains(c.get("b").get("source").asText()))) {
                    hits++;
                    break;
                }
            }
        }
        // measured, not tuned: docs/QUALITY.md has the figures; this floor keeps what works from going away
        assertThat(hits).as("expected disagreements found: " + found).isGreaterThanOrEqualTo(2);
        for (JsonNode not : expected.get("not_contradictions")) {
            for (JsonNode c : found) {
                boolean same = c.get("a").get("doc").asText().equals(not.get("a").get("doc").asText())
                        && c.get("b").get("doc").asText().equals(not.get("b").get("doc").asText())
                        && c.get("a").get("source").asText().equals(not.get("a").get("source").asText())
                        && c.get("b").get("source").asText().equals(not.get("b").get("source").asText());
                assertThat(same).as("reported although it is not a disagreement: " + not).isFalse();
            }
        }
    }
}

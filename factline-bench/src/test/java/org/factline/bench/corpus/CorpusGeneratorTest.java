package org.factline.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.factline.bench.BenchArticles;
import org.factline.extract.Pipeline;
import org.factline.extract.Pipelines;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.ingest.ArticleIds;
import org.factline.knowledge.corpus.Contradiction;
import org.factline.knowledge.corpus.Corpus;
import org.factline.knowledge.store.ArticleStore;
import org.factline.knowledge.store.PutResult;
import org.factline.knowledge.store.StoreConfig;
import org.factline.model.Analysis;
import org.factline.model.Claim;
import org.factline.model.Entity;
import org.factline.model.EntityType;
import org.factline.model.Event;
import org.factline.model.Mention;
import org.factline.model.Quantity;
import org.factline.model.Sentence;
import org.factline.model.Span;
import org.factline.model.Timex;
import org.factline.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator on real analyses: two articles of the Kursk example and two of the Azilal story (one French, one
 * English), analysed by the standard pipeline as {@code factline ingest} would.
 */
class CorpusGeneratorTest {

    private static List<Analysis> seeds;
    private static CorpusGenerator generator;
    /** The first story variants of each seed story. */
    private static List<List<Analysis>> variants;

    @BeforeAll
    static void analyseTheSeeds() {
        Pipeline pipeline = Pipelines.standard();
        seeds = BenchArticles.read(List.of("../examples/kursk/000_bbddf157615b990c.txt",
                "../examples/kursk/003_fedd8152fb742624.txt", "../examples/stories/01_azilal-dam-collapse.txt",
                "../examples/stories/02_azilal-toll-rises.txt")).stream().map(pipeline::analyse).toList();
        generator = CorpusGenerator.of(seeds, KnowledgeBase.standard(), 7);
        variants = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            variants.add(generator.story(n, 0));
        }
    }

    /** A field that holds the words at a span of the text: what it says, where, and in which layer. */
    private record Field(String what, Span span, String words) {

        boolean holds(String text) {
            return span != null && words != null && span.end() <= text.length() && span.of(text).equals(words);
        }
    }

    /** Every span of every layer, with the words the layer keeps for it (null when it keeps none). */
    private static List<Field> fields(Analysis a) {
        List<Field> out = new ArrayList<>();
        a.article().paragraphs().forEach(s -> out.add(new Field("paragraph", s, null)));
        a.article().headings().forEach(s -> out.add(new Field("heading", s, null)));
        a.article().captions().forEach(s -> out.add(new Field("caption", s, null)));
        for (Sentence s : a.sentences()) {
            out.add(new Field("sentence " + s.index(), s.span(), null));
        }
        for (Token t : a.tokens()) {
            out.add(new Field("token " + t.index(), t.span(), t.text()));
        }
        for (Mention m : a.mentions()) {
            out.add(new Field("mention", m.span(), m.text()));
        }
        for (Timex t : a.timexes()) {
            out.add(new Field("timex", t.span(), t.text()));
        }
        for (Claim c : a.claims()) {
            out.add(new Field("quote", c.quote(), c.quoteText()));
            out.add(new Field("cue", c.cue(), c.cueText()));
            out.add(new Field("claim evidence", c.evidence(), null));
            if (c.speaker() != null) {
                out.add(new Field("speaker", c.speaker().span(), c.speaker().text()));
            }
        }
        for (Event e : a.events()) {
            out.add(new Field("trigger", e.trigger(), e.triggerText()));
            e.actors().forEach(x -> out.add(new Field("actor", x.span(), x.text())));
            if (e.location() != null) {
                out.add(new Field("location", e.location().span(), null));
            }
            e.evidence().forEach(s -> out.add(new Field("event evidence", s, null)));
        }
        for (Quantity q : a.quantities()) {
            out.add(new Field("figure", q.span(), q.text()));
            out.add(new Field("what", q.whatSpan(), q.what()));
            out.add(new Field("figure evidence", q.evidence(), null));
            if (q.source() != null) {
                out.add(new Field("figure source", q.source().span(), q.source().text()));
            }
        }
        return out;
    }

    private static Analysis seedOf(Analysis variant) {
        String doc = variant.article().doc();
        return seeds.stream().filter(s -> doc.startsWith(s.article().doc() + "~")).findFirst().orElseThrow();
    }

    @Test
    void theSeedsFormTwoStories() {
        assertThat(generator.stories()).hasSize(2);
        assertThat(generator.stories()).allSatisfy(story -> assertThat(story).hasSize(2));
        assertThat(variants.getFirst()).extracting(a -> a.article().doc())
                .containsExactly("003_fedd8152fb742624~0", "000_bbddf157615b990c~0");
    }

    @Test
    void everySpanOfEveryLayerPointsAtTheWordsItsLayerKeepsInTheNewText() {
        int checked = 0;
        for (List<Analysis> story : variants) {
            for (Analysis v : story) {
                Analysis seed = seedOf(v);
                List<Field> before = fields(seed);
                List<Field> after = fields(v);
                assertThat(after).hasSameSizeAs(before);
                assertThat(v.tokens()).isNotEmpty();
                for (int i = 0; i < before.size(); i++) {
                    Field f = after.get(i);
                    if (f.span() == null) {
                        assertThat(before.get(i).span()).isNull();
                        continue;
                    }
                    assertThat(f.span().end()).as(f.what() + " within the text").isLessThanOrEqualTo(v.text().length());
                    if (before.get(i).holds(seed.text())) {
                        assertThat(f.span().of(v.text())).as(v.article().doc() + " " + f.what()).isEqualTo(f.words());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5000);
    }

    @Test
    void sentencesStillCoverTheirTokensAndFollowEachOther() {
        for (List<Analysis> story : variants) {
            for (Analysis v : story) {
                List<Sentence> sentences = v.sentences();
                for (int i = 0; i < sentences.size(); i++) {
                    Sentence s = sentences.get(i);
                    if (i > 0) {
                        assertThat(s.span().start()).isGreaterThanOrEqualTo(sentences.get(i - 1).span().end());
                    }
                    for (Token t : v.tokens(s)) {
                        assertThat(s.span().contains(t.span())).as(v.article().doc() + " token " + t.text()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void peopleAndPlacesAreRenamedInTheTextAndInEveryLayer() {
        Analysis v = variants.getFirst().get(1);
        assertThat(v.article().doc()).startsWith("000_");
        assertThat(v.text()).doesNotContain("Guérassimov").doesNotContain("Poutine").doesNotContain("Gornal");
        Analysis seed = seedOf(v);
        for (int i = 0; i < seed.entities().size(); i++) {
            Entity before = seed.entities().get(i);
            Entity after = v.entities().get(i);
            if (before.type() == EntityType.PERSON) {
                assertThat(after.name()).isNotEqualTo(before.name());
                assertThat(after.id()).startsWith("fl:person:");
                assertThat(after.known()).isFalse();
            }
            if (before.place() != null) {
                assertThat(after.place()).as(after.name() + " has a place").isNotNull();
                assertThat(after.place().precision()).isEqualTo(before.place().precision());
            }
        }
        Set<String> ids = new HashSet<>();
        v.entities().forEach(e -> ids.add(e.id()));
        for (Mention m : v.mentions()) {
            if (m.entityId() != null) {
                assertThat(ids).as("mention " + m.text()).contains(m.entityId());
            }
        }
        for (Claim c : v.claims()) {
            if (c.speaker().entityId() != null) {
                assertThat(ids).contains(c.speaker().entityId());
            }
        }
    }

    @Test
    void theSameEntityGetsTheSameNewNameInEveryArticleOfAVariant() {
        for (List<Analysis> story : variants) {
            Analysis a = story.get(0);
            Analysis b = story.get(1);
            Analysis sa = seedOf(a);
            Analysis sb = seedOf(b);
            for (int i = 0; i < sa.entities().size(); i++) {
                for (int j = 0; j < sb.entities().size(); j++) {
                    if (sa.entities().get(i).id().equals(sb.entities().get(j).id())) {
                        assertThat(a.entities().get(i).id()).isEqualTo(b.entities().get(j).id());
                    }
                }
            }
        }
    }

    @Test
    void everyDateMovesByTheSameWholeNumberOfWeeksKeepingItsGranularity() {
        for (List<Analysis> story : variants) {
            long days = -1;
            for (Analysis v : story) {
                Analysis seed = seedOf(v);
                long moved = ChronoUnit.DAYS.between(seed.article().published().earliestDay(),
                        v.article().published().earliestDay());
                if (seed.article().published().precision() == org.factline.model.PublicationDate.Precision.DAY) {
                    assertThat(moved % 7).isZero();
                    assertThat(days == -1 || days == moved).as("one offset for the story").isTrue();
                    days = moved;
                }
                assertThat(v.article().published().precision()).isEqualTo(seed.article().published().precision());
                for (int i = 0; i < seed.timexes().size(); i++) {
                    String before = seed.timexes().get(i).value();
                    String after = v.timexes().get(i).value();
                    sameGranularity(before, after);
                    if (before != null && before.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        assertThat(ChronoUnit.DAYS.between(LocalDate.parse(before), LocalDate.parse(after)))
                                .isEqualTo(days);
                    }
                }
                for (int i = 0; i < seed.claims().size(); i++) {
                    sameGranularity(seed.claims().get(i).date(), v.claims().get(i).date());
                }
                for (int i = 0; i < seed.events().size(); i++) {
                    sameGranularity(seed.events().get(i).date(), v.events().get(i).date());
                }
            }
            assertThat(days).isNotEqualTo(-1);
        }
    }

    private static void sameGranularity(String before, String after) {
        if (before == null) {
            assertThat(after).isNull();
            return;
        }
        assertThat(after.replaceAll("\\d", "0")).as(before + " → " + after).isEqualTo(before.replaceAll("\\d", "0"));
    }

    @Test
    void theWordsOfAnAbsoluteDateSayItsNewValue() {
        // "le 26 avril 2025" in the caption of article 000, "le 6 août 2024" in article 003
        int seen = 0;
        java.util.regex.Pattern written = java.util.regex.Pattern.compile("\\d{1,2} \\p{L}+ \\d{4}");
        for (List<Analysis> story : variants) {
            for (Analysis v : story) {
                for (Timex t : v.timexes()) {
                    java.util.regex.Matcher m = written.matcher(t.text());
                    if (m.find() && t.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        LocalDate day = LocalDate.parse(t.value());
                        assertThat(m.group()).isEqualTo(day.getDayOfMonth() + " "
                                + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH)
                                + " " + day.getYear());
                        seen++;
                    }
                }
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(variants.size());
    }

    @Test
    void figuresAreScaledInTheirWordsAndTheirValues() {
        int changed = 0;
        for (List<Analysis> story : variants) {
            for (Analysis v : story) {
                Analysis seed = seedOf(v);
                for (int i = 0; i < seed.quantities().size(); i++) {
                    Quantity before = seed.quantities().get(i);
                    Quantity after = v.quantities().get(i);
                    if (!before.text().equals(after.text())) {
                        changed++;
                        assertThat(after.value()).isNotEqualTo(before.value());
                        assertThat(after.value() / before.value()).isBetween(0.2, 4.0);
                    } else if (!before.text().matches(".*\\d.*")) {
                        assertThat(after.value()).isEqualTo(before.value());
                    }
                }
            }
        }
        assertThat(changed).isGreaterThan(10);
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        CorpusGenerator again = CorpusGenerator.of(seeds, KnowledgeBase.standard(), 7);
        CorpusGenerator other = CorpusGenerator.of(seeds, KnowledgeBase.standard(), 8);
        for (int n = 0; n < variants.size(); n++) {
            assertThat(again.story(n, 0)).isEqualTo(variants.get(n));
            assertThat(other.story(n, 0).getFirst().text()).isNotEqualTo(variants.get(n).getFirst().text());
        }
    }

    @Test
    void everyArticleHasTheIdOfItsTextAndNoTwoTheSame() {
        Iterator<Analysis> articles = generator.articles();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Analysis a = articles.next();
            assertThat(a.article().id()).isEqualTo(ArticleIds.of(a.text()));
            assertThat(ids.add(a.article().id())).as(a.article().doc()).isTrue();
        }
    }

    @Test
    void theStoreTakesTheVariantsAndGivesThemBackAsTheyWere(@TempDir Path data) {
        try (ArticleStore store = ArticleStore.open(StoreConfig.inDataDir(data))) {
            for (List<Analysis> story : variants) {
                for (Analysis v : story) {
                    assertThat(store.put(v.article())).isEqualTo(PutResult.NEW);
                    store.putAnalysis(v, "generated");
                    Analysis back = store.analysis(v.article().id()).orElseThrow();
                    assertThat(back).usingRecursiveComparison()
                            .isEqualTo(v.withLinguistics(v.sentences(), List.of()));
                }
            }
        }
    }

    @Test
    void variantsOfAStoryComeToDisagreeAboutTheirFigures() {
        List<Analysis> all = new ArrayList<>();
        variants.forEach(all::addAll);
        Corpus corpus = Corpus.of(all, id -> id);
        assertThat(corpus.contradictions()).extracting(Contradiction::kind).contains(Contradiction.Kind.QUANTITY);
        Set<String> people = new HashSet<>();
        corpus.entities().stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> people.add(e.id()));
        assertThat(people.size()).isGreaterThan(30);
    }
}

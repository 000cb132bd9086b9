package org.factline.extract.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factline.extract.Pipeline;
import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Token;
import org.junit.jupiter.api.Test;

class LinguisticStepTest {

    private final LinguisticStep step = new LinguisticStep();

    @Test
    void anArticleInALanguageWithoutModelsIsLeftUntouched() {
        Analysis german = Analysis.of(NewsArticles.of("de", "Die Armee meldete am Samstag die Rückeroberung von Kursk."));
        assertThat(step.apply(german)).isSameAs(german);
        Analysis unknown = Analysis.of(NewsArticles.of("und", "???"));
        assertThat(step.apply(unknown)).isSameAs(unknown);
    }

    @Test
    void articlesAnalysedOnTwoThreadsAtOnceComeOutAsWhenAnalysedOneAfterTheOther() throws Exception {
        List<Article> articles = List.of(
                NewsArticles.of("fr", FrenchLinguisticsTest.TEXT),
                NewsArticles.of("fr", "Le Kremlin a démenti jeudi la présence de troupes nord-coréennes en Russie. "
                        + "Moscou a ensuite confirmé leur rôle dans la reprise de la région de Koursk."),
                NewsArticles.of("fr", "Les forces russes ont revendiqué la prise de Toretsk, dans l'est de l'Ukraine."),
                NewsArticles.of("fr", "À Genève, l'ONU a appelé à la retenue."));
        List<List<Token>> sequential = articles.stream().map(a -> step.apply(Analysis.of(a)).tokens()).toList();
        List<List<Token>> parallel;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<List<Token>>> futures = articles.stream()
                    .map(a -> pool.submit(() -> step.apply(Analysis.of(a)).tokens())).toList();
            parallel = futures.stream().map(LinguisticStepTest::get).toList();
        }
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void aPipelineOfTheStepAnalysesEachArticleOfABatchInInputOrder() {
        List<Article> articles = List.of(NewsArticles.of("fr", "Kiev a affirmé que Moscou mentait."),
                NewsArticles.of("fr", "Séoul a compté environ 1 100 victimes."));
        List<String> firstWords = new java.util.ArrayList<>();
        Pipeline.of(step).analyseAll(articles, 2, a -> firstWords.add(a.tokens().getFirst().text()));
        assertThat(firstWords).containsExactly("Kiev", "Séoul");
    }

    @Test
    void aSentenceOfTwoThousandWordsWithoutPunctuationIsAnalysedInBoundedTime() {
        String text = "les soldats de Kiev et les habitants de la ville de Koursk ".repeat(170).strip();
        long start = System.nanoTime();
        Analysis analysis = NewsArticles.analyse("fr", text);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(analysis.tokens()).hasSizeGreaterThan(2000);
        assertThat(analysis.sentences()).hasSize(1);
        assertThat(analysis.tokens()).filteredOn(Token::isRoot).isNotEmpty();
        // About 1 s on the reference machine (2 cores): linear, like shorter sentences.
        assertThat(seconds).isLessThan(30);
    }

    @Test
    void everySentenceParsedGivesWhatCoreNlpsOwnPipelineGives() {
        for (Article article : List.of(NewsArticles.of("fr", FrenchLinguisticsTest.TEXT),
                NewsArticles.of("en", "Officials in Kabul said on Saturday that at least 40 people had been killed, "
                        + "and the army, which denied it, is investigating. \"We were never told,\" a resident said."))) {
            CoreNlpModels models = CoreNlpModels.forLanguage(article.language().code()).orElseThrow();
            edu.stanford.nlp.pipeline.Annotation annotation =
                    new edu.stanford.nlp.pipeline.Annotation(models.profile().forParser(article.text()));
            models.linguistics().annotate(annotation);
            AnnotationReader.Layers corenlp = new AnnotationReader(models.profile()).read(annotation);

            Analysis factline = step.apply(Analysis.of(article));

            assertThat(factline.sentences()).isEqualTo(corenlp.sentences());
            assertThat(factline.tokens()).isEqualTo(corenlp.tokens());
            assertThat(factline.tokens()).filteredOn(t -> !t.isRoot()).hasSizeGreaterThan(factline.tokens().size() / 2);
        }
    }

    @Test
    void theSentencesANeedLeavesOutAreNotParsedAndTheOthersGetTheTreesTheyWouldHaveAnyway() {
        for (Article article : List.of(
                NewsArticles.of("fr", "Le ministre a déclaré samedi que l'armée avait repris la ville. Il faisait beau "
                        + "sur la côte. Selon l'ONU, trois cents civils ont fui vers le sud."),
                NewsArticles.of("en", "The minister said on Saturday that the army had retaken the town. The weather was "
                        + "fine on the coast. According to the UN, three hundred civilians have fled south."))) {
            Analysis every = step.apply(Analysis.of(article));
            Analysis some = new LinguisticStep((analysis, sentence) -> sentence.index() != 1).apply(Analysis.of(article));

            assertThat(some.sentences()).isEqualTo(every.sentences()).hasSize(3);
            assertThat(some.tokens(some.sentences().get(0))).isEqualTo(every.tokens(every.sentences().get(0)));
            assertThat(some.tokens(some.sentences().get(2))).isEqualTo(every.tokens(every.sentences().get(2)));
            List<Token> unparsed = some.tokens(some.sentences().get(1));
            assertThat(unparsed).allSatisfy(t -> {
                assertThat(t.isRoot()).isTrue();
                assertThat(t.relation()).isEqualTo("dep");
            });
            assertThat(unparsed).extracting(Token::span, Token::text, Token::lemma, Token::ner)
                    .isEqualTo(every.tokens(every.sentences().get(1)).stream()
                            .map(t -> org.assertj.core.groups.Tuple.tuple(t.span(), t.text(), t.lemma(), t.ner())).toList());

            Analysis none = new LinguisticStep((analysis, sentence) -> false).apply(Analysis.of(article));
            assertThat(none.tokens()).hasSameSizeAs(every.tokens()).allSatisfy(t -> assertThat(t.isRoot()).isTrue());
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

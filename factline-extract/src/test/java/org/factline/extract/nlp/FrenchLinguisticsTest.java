package org.factline.extract.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.model.Analysis;
import org.factline.model.Sentence;
import org.factline.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** French analysis with the real CoreNLP models; the text is analysed once for all tests. */
class FrenchLinguisticsTest {

    static final String TEXT = """
            Volodymyr Zelensky a affirmé vendredi que les soldats nord-coréens combattaient de nouveau du côté russe dans la région de Koursk.

            Depuis août 2024

            «Aujourd'hui, la dernière localité de la région, le village de Gornal, a été libérée», a déclaré M. Guérassimov au président Vladimir Poutine.

            Selon Séoul, environ 1 100 soldats nord-coréens ont été tués ou blessés, tandis que Kiev parle de 3 000 victimes.""";

    static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = NewsArticles.analyse("fr", TEXT);
    }

    @Test
    void everyTokenSpanCoversItsWordInTheArticleText() {
        for (Token t : analysis.tokens()) {
            String written = t.span().of(TEXT);
            assertThat(written).isNotBlank();
            if (!isContractionPart(t)) {
                assertThat(t.text()).isEqualTo(written);
            }
        }
        assertThat(analysis.tokens()).extracting(Token::index)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, analysis.tokens().size()).boxed().toList());
    }

    @Test
    void contractionsBecomeTwoTokensSharingTheWrittenWordsSpan() {
        Token de = token("de", "du");
        Token le = analysis.tokens().get(de.index() + 1);
        assertThat(le.text()).isEqualTo("le");
        assertThat(le.span()).isEqualTo(de.span());
        assertThat(de.pos()).isEqualTo("ADP");
        assertThat(le.pos()).isEqualTo("DET");
        Token a = token("à", "au");
        assertThat(analysis.tokens().get(a.index() + 1).span()).isEqualTo(a.span());
    }

    @Test
    void posTagsAreUniversal() {
        assertThat(token("Zelensky").pos()).isEqualTo("PROPN");
        assertThat(token("affirmé").pos()).isEqualTo("VERB");
        assertThat(token("a").pos()).isEqualTo("AUX");
        assertThat(token("soldats").pos()).isEqualTo("NOUN");
        assertThat(analysis.tokens()).extracting(Token::pos)
                .allMatch(pos -> pos.matches("ADJ|ADP|ADV|AUX|CCONJ|DET|INTJ|NOUN|NUM|PART|PRON|PROPN|PUNCT|SCONJ|SYM|VERB|X"));
    }

    @Test
    void theSpeakerIsTheSubjectOfTheReportingVerbAndTheReportIsItsClause() {
        Token affirme = token("affirmé");
        Token subject = dependent(affirme, "nsubj");
        assertThat(subject.text()).isIn("Volodymyr", "Zelensky");
        assertThat(dependent(affirme, "ccomp").text()).isEqualTo("combattaient");
        assertThat(dependent(affirme, "obl").text()).isEqualTo("vendredi");
        assertThat(affirme.isRoot()).isTrue();
    }

    @Test
    void anInvertedSubjectAfterTheQuoteIsStillTheSubject() {
        Token declare = token("déclaré");
        Token subject = dependent(declare, "nsubj");
        assertThat(subject.text()).isIn("M.", "Guérassimov");
        Token name = token("Guérassimov");
        assertThat(name == subject || analysis.tokens().get(name.head()) == subject).isTrue();
    }

    @Test
    void namedEntityTagsUseTheCommonVocabulary() {
        assertThat(token("Zelensky").ner()).isEqualTo("PERSON");
        assertThat(token("Poutine").ner()).isEqualTo("PERSON");
        assertThat(token("Koursk").ner()).isEqualTo("LOCATION");
        assertThat(token("affirmé").ner()).isEqualTo("O");
    }

    @Test
    void lemmasAreLowerCasedWords() {
        assertThat(token("Zelensky").lemma()).isEqualTo("zelensky");
        assertThat(token("Aujourd'hui").lemma()).isEqualTo("aujourd'hui");
    }

    @Test
    void aHeadingOnItsOwnLineIsASentenceOfItsOwn() {
        Sentence heading = analysis.sentences().stream()
                .filter(s -> s.span().of(TEXT).startsWith("Depuis")).findFirst().orElseThrow();
        assertThat(heading.span().of(TEXT)).isEqualTo("Depuis août 2024");
        assertThat(analysis.sentences()).hasSize(4);
        for (Sentence s : analysis.sentences()) {
            assertThat(analysis.tokens(s)).allMatch(t -> t.sentence() == s.index()
                    && s.span().contains(t.span()));
            assertThat(analysis.tokens(s)).filteredOn(Token::isRoot).isNotEmpty();
        }
    }

    private static boolean isContractionPart(Token t) {
        List<Token> tokens = analysis.tokens();
        return t.index() > 0 && tokens.get(t.index() - 1).span().equals(t.span())
                || t.index() + 1 < tokens.size() && tokens.get(t.index() + 1).span().equals(t.span());
    }

    static Token token(String text) {
        return analysis.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no token " + text + " in " + analysis.tokens().stream().map(Token::text).toList()));
    }

    /** A contraction part: the token with this form written as {@code written}. */
    static Token token(String text, String written) {
        return analysis.tokens().stream()
                .filter(t -> t.text().equals(text) && t.span().of(TEXT).equals(written)).findFirst().orElseThrow();
    }

    static Token dependent(Token head, String relation) {
        return analysis.tokens().stream().filter(t -> t.head() == head.index() && t.relation().equals(relation))
                .findFirst().orElseThrow(() -> new AssertionError("no " + relation + " of " + head.text() + ": "
                        + analysis.tokens().stream().filter(t -> t.head() == head.index())
                        .map(t -> t.relation() + "(" + t.text() + ")").toList()));
    }
}

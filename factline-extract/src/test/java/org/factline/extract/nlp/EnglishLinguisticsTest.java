package org.factline.extract.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.model.Analysis;
import org.factline.model.Sentence;
import org.factline.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English analysis with the real CoreNLP models; the text is analysed once for all tests. */
class EnglishLinguisticsTest {

    static final String TEXT = """
            KYIV, Feb 7 (Reuters)
            North Korean troops are fighting again in Russia's Kursk region, Ukrainian President Volodymyr Zelensky said on Friday.
            Casualties
            "We have seen them return to the front," said Mr. Zelensky, adding that 3,000 North Koreans had been killed or wounded.
            South Korea's spy agency in Seoul put the toll at about 1,100 and said Pyongyang planned to send more soldiers.""";

    static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = NewsArticles.analyse("en", TEXT);
    }

    @Test
    void everyTokenSpanHoldsTheTokenAsWritten() {
        for (Token t : analysis.tokens()) {
            assertThat(t.span().of(TEXT)).isEqualTo(t.text());
        }
        assertThat(token("\"").pos()).isEqualTo("PUNCT");
    }

    @Test
    void pennTagsBecomeUniversalTagsWithAuxiliariesAndSubordinatorsTold() {
        assertThat(token("Zelensky").pos()).isEqualTo("PROPN");
        assertThat(token("said").pos()).isEqualTo("VERB");
        assertThat(token("troops").pos()).isEqualTo("NOUN");
        assertThat(token("are").pos()).isEqualTo("AUX");
        assertThat(token("been").pos()).isEqualTo("AUX");
        assertThat(token("that").pos()).isEqualTo("SCONJ");
        assertThat(token("to").pos()).isEqualTo("ADP");
        assertThat(analysis.tokens().stream().filter(t -> t.text().equals("to")).toList().getLast().pos()).isEqualTo("PART");
        assertThat(token("3,000").pos()).isEqualTo("NUM");
        assertThat(analysis.tokens()).extracting(Token::pos)
                .allMatch(pos -> pos.matches("ADJ|ADP|ADV|AUX|CCONJ|DET|INTJ|NOUN|NUM|PART|PRON|PROPN|PUNCT|SCONJ|SYM|VERB|X"));
    }

    @Test
    void lemmasComeFromCoreNlp() {
        assertThat(token("said").lemma()).isEqualTo("say");
        assertThat(token("troops").lemma()).isEqualTo("troops");
        assertThat(token("killed").lemma()).isEqualTo("kill");
    }

    @Test
    void theSpeakerIsTheSubjectOfSaidBeforeOrAfterTheQuote() {
        Token firstSaid = token("said");
        assertThat(dependent(firstSaid, "nsubj").text()).isEqualTo("Zelensky");
        // A reporting clause after the report is attached to it (parataxis); before it, it governs it (ccomp).
        Token fighting = token("fighting");
        assertThat(firstSaid.head() == fighting.index() || fighting.head() == firstSaid.index()).isTrue();
        Token secondSaid = analysis.tokens().stream().filter(t -> t.text().equals("said") && t != firstSaid)
                .findFirst().orElseThrow();
        assertThat(dependent(secondSaid, "nsubj").text()).isEqualTo("Zelensky");
    }

    @Test
    void entityTagsKeepTheFineGrainedTypes() {
        assertThat(token("Zelensky").ner()).isEqualTo("PERSON");
        assertThat(token("Seoul").ner()).isIn("CITY", "LOCATION");
        assertThat(token("Russia").ner()).isEqualTo("COUNTRY");
        assertThat(token("President").ner()).isEqualTo("TITLE");
        assertThat(token("3,000").ner()).isEqualTo("NUMBER");
        assertThat(token("Friday").ner()).isEqualTo("DATE");
        assertThat(token("troops").ner()).isEqualTo("O");
    }

    @Test
    void aHeadingOnItsOwnLineIsASentenceOfItsOwn() {
        assertThat(analysis.sentences()).extracting(s -> s.span().of(TEXT))
                .contains("KYIV, Feb 7 (Reuters)", "Casualties");
        assertThat(analysis.sentences()).hasSize(5);
        for (Sentence s : analysis.sentences()) {
            assertThat(analysis.tokens(s)).filteredOn(Token::isRoot).hasSize(1);
        }
    }

    private static Token token(String text) {
        return analysis.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no token " + text + " in " + analysis.tokens().stream().map(Token::text).toList()));
    }

    private static Token dependent(Token head, String relation) {
        return analysis.tokens().stream().filter(t -> t.head() == head.index() && t.relation().equals(relation))
                .findFirst().orElseThrow(() -> new AssertionError("no " + relation + " of " + head.text() + ": "
                        + analysis.tokens().stream().filter(t -> t.head() == head.index())
                        .map(t -> t.relation() + "(" + t.text() + ")").toList()));
    }
}

package org.factline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a user types gets results or a message that says what was wrong, never a Lucene failure. */
class HostileQueryTest {

    private static SearchIndex index;

    @BeforeAll
    static void indexTheCorpus() {
        index = Corpus.indexed();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static Stream<String> oddQueries() {
        return Stream.of("\"unbalanced quote", "unbalanced\"", "AND OR", "AND", "NOT Kursk", "*", "**", "*Kursk",
                "Kur*sk", "title:", "title:Kursk", "text:Soudja", "Kursk~", "Kursk~99", "\"Kursk region\"~9999",
                "(Kursk", "Kursk)", "((Kursk))", "+Kursk", "-", "--Kursk", "|", "Kursk | ", "\\", "\\\"Kursk",
                "Kursk^3", "[2024 TO 2025]", "{a TO z}", "/regex.*/", "?", "Kur?k", "&&", "||", "!Kursk",
                "Koursk\u0000", "😀 Kursk", "\u202eKursk", "l'", "d'", "'", "’", "the", "le la les", "é",
                "a".repeat(300), "Kursk ".repeat(150).strip(), "x~2 ".repeat(100).strip(),
                "\"" + "word ".repeat(190) + "\"");
    }

    @ParameterizedTest
    @MethodSource("oddQueries")
    void anOddQueryGivesResultsOrAMessage(String text) {
        Throwable thrown = catchThrowable(() -> index.search(SearchQuery.of(text)));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).doesNotContain("org.apache", "Exception")
                    .matches("(The query .*|Nothing to search for in .*): .*");
        }
    }

    @Test
    void aQueryOfTenThousandCharactersIsRefusedWithItsLength() {
        assertThatThrownBy(() -> SearchQuery.of("Kursk ".repeat(2000).substring(0, 10_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The query is 10000 characters long; at most 1000 are searched: give a few words");
    }

    @Test
    void aQueryOfTooManyWordsIsRefusedWithTheirNumber() {
        String words = "Kursk ".repeat(65).strip();

        assertThatThrownBy(() -> index.search(SearchQuery.of(words)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The query has 65 words; at most 64 are searched: give fewer");
    }

    @Test
    void aQueryOfTooManyPatternsIsRefused() {
        assertThat(index.search(SearchQuery.of("K* S* G* Z* O* B* R* V*")).hits()).isEmpty();
        assertThatThrownBy(() -> index.search(SearchQuery.of("Kursk~1 Soudja~ K* S* G* Z* O* B* R*")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The query has more than 8 words with * or ~: give fewer");
    }

    @Test
    void aFieldPrefixIsTakenAsWords() {
        assertThat(Corpus.ids(index.search(SearchQuery.of("title:Kursk").kinds(SearchDocument.Kind.ARTICLE))))
                .isEmpty();
        assertThat(Corpus.ids(index.search(SearchQuery.of("Soudja:").kinds(SearchDocument.Kind.ARTICLE))))
                .containsExactly(Corpus.SUDZHA);
    }

    @Test
    void anUnbalancedQuotationMarkIsIgnored() {
        assertThat(Corpus.ids(index.search(SearchQuery.of("\"cargo ships").kinds(SearchDocument.Kind.ARTICLE))))
                .containsExactly(Corpus.ODESA);
    }

    @Test
    void aLoneStarFindsEverything() {
        assertThat(index.search(SearchQuery.of("*")).total()).isEqualTo(Corpus.all().size());
    }

    @Test
    void anEmptyDateRangeOrAnImpossibleLimitIsRefused() {
        assertThatThrownBy(() -> SearchQuery.of("Kursk").from(LocalDate.of(2025, 3, 1)).to(LocalDate.of(2025, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The date range is empty: from 2025-03-01 is after to 2025-02-01");
        assertThatThrownBy(() -> SearchQuery.of("Kursk").limit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of results must be from 1 to 1000, not 0");
    }
}

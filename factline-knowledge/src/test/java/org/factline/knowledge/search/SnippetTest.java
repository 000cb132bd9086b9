package org.factline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.knowledge.search.Snippet.Highlight;
import org.junit.jupiter.api.Test;

/** Passages of a found text around its matches, cut between words. */
class SnippetTest {

    private static final String LONG = "Les négociations ont repris lundi à Genève entre les délégations. ".repeat(4)
            + "Selon un diplomate, le cessez-le-feu pourrait être signé avant la fin du mois. "
            + "Les deux camps restent prudents. ".repeat(6);

    private static Highlight at(String text, String words) {
        int start = text.indexOf(words);
        return new Highlight(start, start + words.length());
    }

    @Test
    void aShortTextIsShownWholeWithItsMatches() {
        String text = "Kyiv said the troops had left.";

        Snippet snippet = Snippet.of(text, List.of(at(text, "troops")), Snippet.LENGTH);

        assertThat(snippet.text()).isEqualTo(text);
        assertThat(snippet.offset()).isZero();
        assertThat(snippet.cutBefore()).isFalse();
        assertThat(snippet.cutAfter()).isFalse();
        assertThat(snippet.marked("<b>", "</b>")).isEqualTo("Kyiv said the <b>troops</b> had left.");
    }

    @Test
    void aLongTextIsCutAroundItsMatchesBetweenWords() {
        Snippet snippet = Snippet.of(LONG, List.of(at(LONG, "cessez-le-feu")), 120);

        assertThat(snippet.cutBefore()).isTrue();
        assertThat(snippet.cutAfter()).isTrue();
        assertThat(snippet.text().length()).isBetween(100, 130);
        assertThat(LONG.charAt(snippet.offset() - 1)).isEqualTo(' ');
        assertThat(LONG.substring(snippet.offset(), snippet.offset() + snippet.text().length()))
                .isEqualTo(snippet.text());
        assertThat(snippet.marked("[", "]")).startsWith("… ").endsWith(" …").contains("le [cessez-le-feu] pourrait");
    }

    @Test
    void theWindowGoesWhereMostMatchesAre() {
        String text = "Odesa. " + "Filler words without meaning here. ".repeat(10)
                + "Grain ships left Odesa port; Odesa officials said the Odesa corridor is open.";
        int lastOdesa = text.lastIndexOf("Odesa");
        List<Highlight> matches = List.of(new Highlight(0, 5), at(text, "Odesa port"),
                new Highlight(text.indexOf("Odesa officials"), text.indexOf("Odesa officials") + 5),
                new Highlight(lastOdesa, lastOdesa + 5));

        Snippet snippet = Snippet.of(text, matches, 150);

        assertThat(snippet.highlights()).hasSize(3);
        assertThat(snippet.marked("[", "]")).contains("[Odesa port]; [Odesa] officials said the [Odesa] corridor");
    }

    @Test
    void overlappingMatchesAreJoinedAndLineBreaksBecomeSpaces() {
        String text = "Le chef d'état-major\n\na parlé.";

        Snippet snippet = Snippet.of(text, List.of(new Highlight(3, 7), new Highlight(5, 20),
                new Highlight(0, 99)), Snippet.LENGTH);

        assertThat(snippet.text()).isEqualTo("Le chef d'état-major  a parlé.");
        assertThat(snippet.highlights()).containsExactly(new Highlight(3, 20));
        assertThat(snippet.marked("[", "]")).isEqualTo("Le [chef d'état-major] a parlé.");
    }

    @Test
    void withoutMatchesTheOpeningIsShown() {
        Snippet snippet = Snippet.of(LONG, List.of(), 80);

        assertThat(snippet.offset()).isZero();
        assertThat(snippet.text()).startsWith("Les négociations ont repris");
        assertThat(snippet.text().length()).isLessThanOrEqualTo(80);
        assertThat(snippet.cutAfter()).isTrue();
        assertThat(snippet.highlights()).isEmpty();
    }
}

package org.factline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.knowledge.search.Snippet;
import org.junit.jupiter.api.Test;

/** How a snippet is printed: matches marked, text that a terminal would obey made harmless. */
class SearchTextTest {

    @Test
    void matchesAreInBracketsOrInBoldAndCutsAreShown() {
        Snippet snippet = new Snippet("la région de Koursk, le village de Gornal", 120, true, true,
                List.of(new Snippet.Highlight(13, 19), new Snippet.Highlight(35, 41)));

        assertThat(SearchText.marked(snippet, SearchText.Marks.BRACKETS))
                .isEqualTo("… la région de [Koursk], le village de [Gornal] …");
        assertThat(SearchText.marked(snippet, SearchText.Marks.BOLD))
                .isEqualTo("… la région de \u001b[1mKoursk\u001b[22m, le village de \u001b[1mGornal\u001b[22m …");
    }

    @Test
    void controlCharactersBecomeSpacesAndDirectionOverridesAreDropped() {
        assertThat(SearchText.printable("a\u001b[2Jb\u0007c\u0085d\u2028e\u202eevil\u202c\u2066x\u2069"))
                .isEqualTo("a [2Jb c d eevilx");
        assertThat(SearchText.printable("Séoul 😀 l’armée")).isEqualTo("Séoul 😀 l’armée");
        assertThat(SearchText.printable("broken \ud83d pair")).isEqualTo("broken \ufffd pair");
    }

    @Test
    void aMatchOnAControlCharacterKeepsItsMarksAroundWhatIsShown() {
        Snippet snippet = new Snippet("x \u001b[31mred y", 0, false, false, List.of(new Snippet.Highlight(2, 10)));

        assertThat(SearchText.marked(snippet, SearchText.Marks.BRACKETS)).isEqualTo("x [ [31mred] y");
    }
}

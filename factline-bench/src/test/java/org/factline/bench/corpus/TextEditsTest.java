package org.factline.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factline.bench.corpus.TextEdits.Edit;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

class TextEditsTest {

    private static final String TEXT = "Valéri Guérassimov a annoncé samedi la prise de Gornal.";

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static TextEdits renamed() {
        return TextEdits.apply(TEXT, List.of(
                new Edit(span(TEXT, "Gornal"), "Tighboula-Nord"),
                new Edit(span(TEXT, "Valéri"), "Amina"),
                new Edit(span(TEXT, "Guérassimov"), "Bakr")));
    }

    @Test
    void editsAreMadeInTextOrderWhateverTheOrderGiven() {
        assertThat(renamed().text()).isEqualTo("Amina Bakr a annoncé samedi la prise de Tighboula-Nord.");
    }

    @Test
    void spansBetweenEditsMoveByWhatTheEditsBeforeThemChanged() {
        TextEdits e = renamed();
        assertThat(e.map(span(TEXT, "a annoncé samedi")).of(e.text())).isEqualTo("a annoncé samedi");
        assertThat(e.map(span(TEXT, ".")).of(e.text())).isEqualTo(".");
        assertThat(e.map(TEXT.length())).isEqualTo(e.text().length());
        assertThat(e.map(0)).isZero();
    }

    @Test
    void aSpanThatIsAnEditBecomesItsReplacement() {
        TextEdits e = renamed();
        assertThat(e.map(span(TEXT, "Guérassimov")).of(e.text())).isEqualTo("Bakr");
        assertThat(e.map(span(TEXT, "Gornal")).of(e.text())).isEqualTo("Tighboula-Nord");
    }

    @Test
    void aSpanThatContainsEditsContainsTheirReplacements() {
        TextEdits e = renamed();
        assertThat(e.map(span(TEXT, "Valéri Guérassimov")).of(e.text())).isEqualTo("Amina Bakr");
        assertThat(e.map(new Span(0, TEXT.length())).of(e.text())).isEqualTo(e.text());
        assertThat(e.map(span(TEXT, "la prise de Gornal")).of(e.text())).isEqualTo("la prise de Tighboula-Nord");
    }

    @Test
    void aSpanThatTouchesAnEditStaysOnItsSide() {
        TextEdits e = renamed();
        // ends where "Guérassimov" starts / starts where "Valéri" ends
        assertThat(e.map(span(TEXT, "Valéri ")).of(e.text())).isEqualTo("Amina ");
        assertThat(e.map(span(TEXT, " Guérassimov a")).of(e.text())).isEqualTo(" Bakr a");
        assertThat(e.map(span(TEXT, "de ")).of(e.text())).isEqualTo("de ");
        assertThat(e.map(span(TEXT, "Gornal.")).of(e.text())).isEqualTo("Tighboula-Nord.");
    }

    @Test
    void aSpanThatOverlapsAnEditCoversPartOfItsReplacement() {
        TextEdits e = renamed();
        // "ri Guér": from inside "Valéri" to inside "Guérassimov"
        Span inside = e.map(new Span(4, 11));
        assertThat(inside).isEqualTo(new Span(4, 10));
        assertThat(inside.of(e.text())).isEqualTo("a Bakr");
    }

    @Test
    void aSpanInsideAnEditLandsInsideItsReplacementAndNeverEndsBeforeItStarts() {
        TextEdits shorter = TextEdits.apply(TEXT, List.of(new Edit(span(TEXT, "Guérassimov"), "Li")));
        Span end = shorter.map(new Span(14, 18)); // "simov": beyond the two letters of "Li"
        assertThat(end).isEqualTo(new Span(9, 9));
        Span all = shorter.map(new Span(7, 18));
        assertThat(all.of(shorter.text())).isEqualTo("Li");
        for (int start = 7; start <= 18; start++) {
            for (int stop = start; stop <= 18; stop++) {
                Span s = shorter.map(new Span(start, stop));
                assertThat(new Span(7, 9).contains(s)).as(start + "-" + stop).isTrue();
            }
        }
    }

    @Test
    void editsThatTouchAreBothMade() {
        TextEdits e = TextEdits.apply("ab", List.of(new Edit(new Span(0, 1), "xx"), new Edit(new Span(1, 2), "y")));
        assertThat(e.text()).isEqualTo("xxy");
        assertThat(e.map(new Span(0, 1)).of(e.text())).isEqualTo("xx");
        assertThat(e.map(new Span(1, 2)).of(e.text())).isEqualTo("y");
    }

    @Test
    void aDeletionLeavesAnEmptySpanWhereItWas() {
        TextEdits e = TextEdits.apply(TEXT, List.of(new Edit(span(TEXT, " samedi"), "")));
        assertThat(e.text()).isEqualTo("Valéri Guérassimov a annoncé la prise de Gornal.");
        assertThat(e.map(span(TEXT, "samedi")).length()).isZero();
        assertThat(e.map(span(TEXT, "Gornal")).of(e.text())).isEqualTo("Gornal");
    }

    @Test
    void overlappingEditsAndEditsOfNothingAreRefused() {
        assertThatThrownBy(() -> TextEdits.apply(TEXT, List.of(new Edit(new Span(0, 10), "a"), new Edit(new Span(5, 12), "b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new Edit(new Span(3, 3), "inserted"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty span");
        assertThatThrownBy(() -> TextEdits.apply("short", List.of(new Edit(new Span(2, 9), "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
    }

    @Test
    void aPlanTakesTheFirstProposalForAStretchOfText() {
        TextEdits.Plan plan = new TextEdits.Plan();
        assertThat(plan.offer(new Edit(span(TEXT, "Valéri Guérassimov"), "Amina Bakr"))).isTrue();
        assertThat(plan.offer(new Edit(span(TEXT, "Guérassimov"), "Kelardi"))).isFalse();
        assertThat(plan.offer(new Edit(span(TEXT, "Valéri Guérassimov"), "Amina Bakr"))).isTrue();
        assertThat(plan.fits(List.of(new Edit(span(TEXT, "samedi"), "lundi")))).isTrue();
        assertThat(plan.fits(List.of(new Edit(span(TEXT, "samedi"), "lundi"), new Edit(new Span(5, 8), "x")))).isFalse();
        assertThat(plan.applyTo(TEXT).text()).isEqualTo("Amina Bakr a annoncé samedi la prise de Gornal.");
    }
}

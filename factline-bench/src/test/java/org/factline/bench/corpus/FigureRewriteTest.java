package org.factline.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.factline.model.Quantity;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

class FigureRewriteTest {

    private static Quantity figure(String text, String words, Double value, Double low, Double high) {
        int at = text.indexOf(words);
        return new Quantity(new Span(at, at + words.length()), words, value, low, high, Quantity.Qualifier.ABOUT, true,
                "persons", null, null, null, -1, -1, new Span(0, text.length()), 0.9);
    }

    private static String rewritten(String text, Quantity q, FigureRewrite.Scaled s) {
        return TextEdits.apply(text, s.edits()).text();
    }

    @Test
    void aFrenchFigureIsWrittenAsRoundAsBefore() {
        String text = "Environ 3 000 habitants ont été évacués.";
        Quantity q = figure(text, "Environ 3 000", 3000.0, null, null);
        FigureRewrite.Scaled s = FigureRewrite.scale(text, q, "fr", 1.37).orElseThrow();
        assertThat(s.value()).isEqualTo(4000.0);
        assertThat(s.low()).isNull();
        assertThat(rewritten(text, q, s)).isEqualTo("Environ 4 000 habitants ont été évacués.");
    }

    @Test
    void aMultiplierWordKeepsItsPlaceAndTheValueFollowsTheDigits() {
        String text = "environ 12 millions de mètres cubes";
        Quantity q = figure(text, "environ 12 millions de mètres", 12e6, null, null);
        FigureRewrite.Scaled s = FigureRewrite.scale(text, q, "fr", 1.37).orElseThrow();
        assertThat(s.value()).isEqualTo(16e6);
        assertThat(rewritten(text, q, s)).isEqualTo("environ 16 millions de mètres cubes");

        String english = "about 1.8 million euros";
        Quantity e = figure(english, english, 1.8e6, null, null);
        FigureRewrite.Scaled t = FigureRewrite.scale(english, e, "en", 0.5).orElseThrow();
        assertThat(t.value()).isEqualTo(0.9e6, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(rewritten(english, e, t)).isEqualTo("about 0.9 million euros");

        String french = "quelque 1,8 million d'euros";
        Quantity f = figure(french, french, 1.8e6, null, null);
        assertThat(rewritten(french, f, FigureRewrite.scale(french, f, "fr", 2).orElseThrow()))
                .isEqualTo("quelque 3,6 million d'euros");
    }

    @Test
    void thousandsSeparatorsAreThoseOfTheTextOrOfItsLanguage() {
        String text = "About 2,100 people";
        Quantity q = figure(text, "About 2,100", 2100.0, null, null);
        FigureRewrite.Scaled s = FigureRewrite.scale(text, q, "en", 10).orElseThrow();
        assertThat(rewritten(text, q, s)).isEqualTo("About 21,000 people");
        assertThat(s.value()).isEqualTo(21000.0);

        String french = "plus de 800 soldats";
        Quantity f = figure(french, "plus de 800", 800.0, 800.0, null);
        FigureRewrite.Scaled g = FigureRewrite.scale(french, f, "fr", 20).orElseThrow();
        assertThat(rewritten(french, f, g)).isEqualTo("plus de 16\u00A0000 soldats");
        assertThat(g.low()).isEqualTo(16000.0);
    }

    @Test
    void aRangeMovesBothItsBounds() {
        String text = "between 300 and 500 people";
        Quantity q = figure(text, "between 300 and 500", 400.0, 300.0, 500.0);
        // the value (400) is not written: the figure is left alone
        assertThat(FigureRewrite.scale(text, q, "en", 2)).isEmpty();
        Quantity r = figure(text, "between 300 and 500", 300.0, 300.0, 500.0);
        FigureRewrite.Scaled s = FigureRewrite.scale(text, r, "en", 2).orElseThrow();
        assertThat(rewritten(text, r, s)).isEqualTo("between 600 and 1,000 people");
        assertThat(s.value()).isEqualTo(600.0);
        assertThat(s.low()).isEqualTo(600.0);
        assertThat(s.high()).isEqualTo(1000.0);
    }

    @Test
    void figuresInWordsOrWithoutValueStay() {
        String text = "une quinzaine de kilomètres";
        assertThat(FigureRewrite.scale(text, figure(text, text, 15.0, null, null), "fr", 2)).isEmpty();
        assertThat(FigureRewrite.scale(text, figure(text, text, null, null, null), "fr", 2)).isEqualTo(Optional.empty());
    }

    @Test
    void aSmallCountStaysAWholeNumberAndNeverZero() {
        String text = "au moins 23 morts";
        Quantity q = figure(text, "au moins 23", 23.0, 23.0, null);
        FigureRewrite.Scaled s = FigureRewrite.scale(text, q, "fr", 1.4).orElseThrow();
        assertThat(rewritten(text, q, s)).isEqualTo("au moins 32 morts");
        assertThat(s.value()).isEqualTo(32.0);
        String one = "2 ponts";
        Quantity p = figure(one, "2", 2.0, null, null);
        assertThat(FigureRewrite.scale(one, p, "fr", 0.1).orElseThrow().value()).isEqualTo(1.0);
    }
}

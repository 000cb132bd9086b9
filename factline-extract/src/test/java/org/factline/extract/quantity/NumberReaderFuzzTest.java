package org.factline.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factline.model.Span;

/**
 * Any text, in every language with words of figures: the number reader (digits and their groupings,
 * numbers in words, multipliers, qualifiers, units; no CoreNLP) never throws, and every amount it reads
 * lies within the text, in text order, with bounds that hold together. Without {@code JAZZER_FUZZ} the
 * seeds in {@code NumberReaderFuzzTestInputs/} are replayed as ordinary tests.
 */
class NumberReaderFuzzTest {

    private static final List<NumberReader> READERS = List.of(
            NumberReader.forLanguage("fr").orElseThrow(), NumberReader.forLanguage("en").orElseThrow());

    @FuzzTest(maxDuration = "60s")
    void readsAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (NumberReader reader : READERS) {
            List<Amount> amounts = reader.read(text);
            int previousEnd = 0;
            for (Amount a : amounts) {
                check(text, a);
                assertThat(a.number().start()).as("%s after the amount before it", a).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = a.span().end();
            }
            assertThat(reader.readOne(text)).isEqualTo(amounts.size() == 1 ? java.util.Optional.of(amounts.getFirst())
                    : java.util.Optional.empty());
        }
    }

    private static void check(String text, Amount a) {
        Span span = a.span();
        assertThat(span.end()).as("%s within a text of %d characters", a, text.length()).isLessThanOrEqualTo(text.length());
        assertThat(span.contains(a.number())).as("%s: the number within the amount", a).isTrue();
        assertThat(a.number().length()).as("%s has a number", a).isPositive();
        assertThat(a.form()).isNotNull();
        assertThat(a.qualifier()).isNotNull();
        boolean valueless = a.form() == Amount.Form.MAGNITUDE || a.form() == Amount.Form.RANGE;
        assertThat(a.value() == null).as("%s: only magnitudes and ranges have no value", a).isEqualTo(valueless);
        for (Double d : new Double[] {a.value(), a.low(), a.high()}) {
            if (d != null) {
                assertThat(Double.isFinite(d) && d >= 0).as("%s: finite and not negative", a).isTrue();
            }
        }
        if (a.low() != null && a.high() != null) {
            assertThat(a.low()).as("%s: low ≤ high", a).isLessThanOrEqualTo(a.high());
        }
        if (a.value() != null && a.low() != null) {
            assertThat(a.low()).as("%s: low ≤ value", a).isLessThanOrEqualTo(a.value());
        }
        if (a.value() != null && a.high() != null) {
            assertThat(a.value()).as("%s: value ≤ high", a).isLessThanOrEqualTo(a.high());
        }
        if (a.form() == Amount.Form.FRACTION) {
            assertThat(a.value()).as("%s: a share", a).isLessThanOrEqualTo(100);
        }
    }
}

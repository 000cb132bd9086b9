package org.factline.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.factline.extract.quantity.Amount.Form;
import org.factline.model.Quantity.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number reader on amounts written in many ways, in French and English, and on text that holds none. */
class NumberReaderTest {

    private static final NumberReader FR = NumberReader.forLanguage("fr").orElseThrow();
    private static final NumberReader EN = NumberReader.forLanguage("en").orElseThrow();

    private static NumberReader reader(String lang) {
        return lang.equals("fr") ? FR : EN;
    }

    private static Amount only(String lang, String text) {
        List<Amount> all = reader(lang).read(text);
        assertEquals(1, all.size(), () -> text + " → " + describe(text, all));
        return all.getFirst();
    }

    private static String describe(String text, List<Amount> all) {
        return all.stream().map(a -> a.text(text) + "=" + a.value()).collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 3 000 soldats                | 3000
            fr | 3 000 soldats                | 3000
            fr | 3 000 soldats                | 3000
            fr | 3 000 soldats                | 3000
            fr | 3.000 soldats                | 3000
            fr | 1 234 567 habitants          | 1234567
            fr | 15,2 % de moins              | 15.2
            fr | 1,100 kilomètre              | 1.1
            fr | 1,5 million                  | 1500000
            fr | 2,7 milliards d'euros        | 2700000000
            fr | 13 millions de voix          | 13000000
            fr | 2.5 tonnes                   | 2.5
            fr | 49.3                         | 49.3
            fr | 1 234,5 km                   | 1234.5
            en | 3,000 troops                 | 3000
            en | 45,756 migrants              | 45756
            en | 1,100 people                 | 1100
            en | 2.5 percent                  | 2.5
            en | 1,5 litres                   | 1.5
            en | NZ$26 million                | 26000000
            en | 1.2bn                        | 1200000000
            en | £3bn                         | 3000000000
            en | $5m                          | 5000000
            en | 3k runners                   | 3000
            en | 1,234.5 tonnes               | 1234.5
            en | 0.5 percent                  | 0.5
            en | 500 crore rupees             | 5000000000
            en | 2.5 lakh people              | 250000
            """)
    void digits(String lang, String text, double value) {
        assertEquals(value, only(lang, text).value(), 1e-9);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | deux soldats                    | 2
            fr | vingt-et-un morts               | 21
            fr | vingt et un morts               | 21
            fr | soixante-dix blessés            | 70
            fr | soixante et onze députés        | 71
            fr | quatre-vingts otages            | 80
            fr | quatre-vingt-dix-neuf habitants | 99
            fr | dix-sept ans plus tard          | 17
            fr | trois mille personnes           | 3000
            fr | deux cent mille manifestants    | 200000
            fr | deux cents passagers            | 200
            fr | mille deux cents élèves         | 1200
            fr | un million de réfugiés          | 1000000
            fr | trois millions deux cent mille  | 3200000
            fr | septante-cinq                   | 75
            en | six soldiers                    | 6
            en | twenty-one people               | 21
            en | three hundred thousand          | 300000
            en | one hundred and fifty homes     | 150
            en | a hundred people                | 100
            en | a million people                | 1000000
            en | two thousand three hundred      | 2300
            en | ninety-nine                     | 99
            en | forty percent                   | 40
            """)
    void words(String lang, String text, double value) {
        Amount a = only(lang, text);
        assertEquals(value, a.value(), 1e-9);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is about {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | une vingtaine de militaires      | 20
            fr | la vingtaine de militaires       | 20
            fr | une quarantaine de personnes     | 40
            fr | une centaine de maisons          | 100
            fr | un millier de manifestants       | 1000
            fr | une dizaine de milliers de gens  | 10000
            fr | deux centaines de soldats        | 200
            fr | une douzaine d'œufs              | 12
            en | a dozen people                   | 12
            en | a score of villages              | 20
            """)
    void approximateNumerals(String lang, String text, double value) {
        Amount a = only(lang, text);
        assertEquals(value, a.value(), 1e-9);
        assertTrue(a.approx());
        assertEquals(Qualifier.ABOUT, a.qualifier());
        assertEquals(Form.APPROXIMATE, a.form());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is between {2} and {3}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | des dizaines de milliers de réfugiés | 20000   | 100000
            fr | plusieurs centaines de kilomètres     | 200     | 1000
            fr | quelques milliers de manifestants     | 2000    | 10000
            fr | des centaines de blessés              | 200     | 1000
            fr | plusieurs millions d'euros            | 2000000 | 10000000
            en | several thousand people               | 2000    | 10000
            en | thousands of people                   | 2000    | 10000
            en | tens of thousands of protesters       | 20000   | 100000
            en | dozens of houses                      | 24      | 120
            en | hundreds were hurt                    | 200     | 1000
            en | hundreds of thousands                 | 200000  | 1000000
            """)
    void ordersOfMagnitudeHaveNoValue(String lang, String text, double low, double high) {
        Amount a = only(lang, text);
        assertNull(a.value());
        assertEquals(low, a.low(), 1e-9);
        assertEquals(high, a.high(), 1e-9);
        assertTrue(a.approx());
        assertEquals(Form.MAGNITUDE, a.form());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" → {2} \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            fr | plus de 8 millions de foyers          | MORE_THAN | plus de 8 millions     | false
            fr | aux alentours de 1 100                | ABOUT     | aux alentours de 1 100 | true
            fr | 105 km/h environ                      | ABOUT     | 105 km/h environ       | true
            fr | au moins une quarantaine de personnes | AT_LEAST  | au moins une quarantaine | true
            fr | pas moins de 8 000 postes             | AT_LEAST  | pas moins de 8 000     | false
            fr | jusqu'à 300 personnes                 | AT_MOST   | jusqu'à 300            | false
            fr | jusqu’à 300 personnes                 | AT_MOST   | jusqu’à 300            | false
            fr | moins de 50 habitants                 | LESS_THAN | moins de 50            | false
            fr | près de 2 000 morts                   | ABOUT     | près de 2 000          | true
            fr | Quelques 2 700 000 de Libyens         | ABOUT     | Quelques 2 700 000     | true
            fr | plus d'un million de personnes        | MORE_THAN | plus d'un million      | false
            en | more than 11,000 signatures           | MORE_THAN | more than 11,000       | false
            en | over 345 pilgrims                     | MORE_THAN | over 345               | false
            en | about 80 people                       | ABOUT     | about 80               | true
            en | some 12,000 asylum seekers            | ABOUT     | some 12,000            | true
            en | at least 76 people                    | AT_LEAST  | at least 76            | false
            en | killing 107 or more                   | AT_LEAST  | 107 or more            | false
            en | up to 500 homes                       | AT_MOST   | up to 500              | false
            en | fewer than 20 people                  | LESS_THAN | fewer than 20          | false
            en | nearly 3,000 people                   | ABOUT     | nearly 3,000           | true
            """)
    void qualifiers(String lang, String text, Qualifier qualifier, String words, boolean approx) {
        Amount a = only(lang, text);
        assertEquals(qualifier, a.qualifier());
        assertEquals(words, a.text(text));
        assertEquals(approx, a.approx());
    }

    @ParameterizedTest(name = "{0}: \"{1}\" in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 15,2 %                          | percent
            fr | 51 pour cent                    | percent
            fr | 125 km/h                        | km/h
            fr | 300 kilomètres carrés           | km2
            fr | 5 millions d'euros              | EUR
            fr | 2,7 milliards de dollars        | USD
            fr | 40 000 livres sterling          | GBP
            fr | 12 000 yuans                    | CNY
            fr | 20 hectares                     | ha
            fr | une vingtaine de kilomètres      | km
            en | NZ$26 million                   | NZD
            en | US$5 billion                    | USD
            en | $5m                             | USD
            en | 422,000 euros                   | EUR
            en | €3bn                            | EUR
            en | £200                            | GBP
            en | 500 miles                       | miles
            en | 30 mph                          | mph
            en | 40 square kilometres            | km2
            en | 95%                             | percent
            en | forty percent                   | percent
            en | 2 per cent                       | percent
            en | 10 tonnes                       | t
            en | millions of dollars             | USD
            """)
    void units(String lang, String text, String unit) {
        assertEquals(unit, only(lang, text).unit());
    }

    @Test
    void sharesAreGivenAsPercentages() {
        assertEquals(25.0, only("en", "only a quarter of citizens").value());
        assertEquals("percent", only("en", "only a quarter of citizens").unit());
        assertEquals(66.67, only("en", "two-thirds of voters").value(), 1e-9);
        assertEquals(50.0, only("fr", "la moitié des électeurs").value());
        assertEquals(75.0, only("fr", "les trois quarts des salariés").value());
        assertTrue(EN.read("the third round").isEmpty());
    }

    @Test
    void numbersJoinedToANounByAHyphen() {
        Amount page = only("en", "The 131-page document");
        assertEquals(131.0, page.value());
        assertEquals("page", page.unit());
        assertEquals(Form.COMPOUND, page.form());
        assertEquals("member", only("en", "The six-member Afghan team").unit());
        assertEquals(18.0, only("en", "traffic increased 18-fold").value());
    }

    /**
     * A word that joins numbers is not a noun glued to the one before ("5-entre 10 et 15"), and no range
     * reaches back into the amount before it (found by fuzzing: the range began inside the compound).
     */
    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            fr | 5-entre 10 et 15 morts            | 5.0 10.0-15.0
            fr | 5-à 10                            | 5.0 10.0
            fr | 3-de 10 à 15                      | 3.0 10.0-15.0
            en | 5-between 10 and 15 people        | 5.0 10.0-15.0
            en | 5-to 10                           | 5.0 10.0
            """)
    void rangesNeverOverlapTheAmountBefore(String lang, String text, String expected) {
        List<Amount> all = reader(lang).read(text);
        int previousEnd = 0;
        for (Amount a : all) {
            assertTrue(a.span().start() >= previousEnd, () -> describe(text, all));
            previousEnd = a.span().end();
        }
        assertEquals(expected, all.stream().map(a -> a.value() != null ? String.valueOf(a.value()) : a.low() + "-" + a.high())
                .collect(Collectors.joining(" ")), describe(text, all));
    }

    @ParameterizedTest(name = "{0}: no figure in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            fr | un soldat a été blessé
            fr | le 1er mars
            fr | la 3e division
            fr | le COVID-19
            fr | un Airbus A320
            fr | le sommet du G7
            fr | victoire 2-1
            fr | à 14h30
            fr | appelez le 01 23 45 67 89
            fr | au +33 6 12 34 56 78
            fr | quelques poches
            fr | des soldats
            en | a man was arrested
            en | the 21st century
            en | 4G networks
            en | at 10:30
            en | won 3-1
            en | call 0800 123 456
            en | the score was level
            en | version 3.5.1
            en | in the first half
            """)
    void notFigures(String lang, String text) {
        assertTrue(reader(lang).read(text).isEmpty(), () -> describe(text, reader(lang).read(text)));
    }

    @Test
    void absurdInputIsSkippedNeverThrown() {
        String huge = "1".repeat(5000);
        assertTrue(FR.read(huge + " soldats").isEmpty());
        assertTrue(EN.read("9".repeat(20) + " people").isEmpty());
        assertTrue(EN.read("999,999,999,999,999,999 dollars").isEmpty());
        assertTrue(EN.read("").isEmpty());
        assertTrue(EN.read(null).isEmpty());
        // Arabic-Indic and full-width digits, letters of other scripts glued to digits
        assertTrue(FR.read("٣٠٠٠ جندي").isEmpty());
        assertTrue(FR.read("З000 солдат").isEmpty());
        assertTrue(EN.read("１２３ people").isEmpty());
        assertFalse(EN.read("x".repeat(10000) + " 12 people " + "-".repeat(10000)).isEmpty());
        String noise = "€$£%,.-'’ 0,,0 .5 5. 1,,2 ,5 - -- de de of of plus de de 2";
        for (int k = 0; k < noise.length(); k++) {
            FR.read(noise.substring(k));
            EN.read(noise.substring(0, k));
        }
    }

    @Test
    void aTextWithSeveralFiguresGivesThemInOrder() {
        String text = "Le retrait de 2 000 des 3 550 soldats, puis de 1 550 autres en 2013.";
        List<Amount> all = FR.read(text);
        assertEquals(List.of(2000.0, 3550.0, 1550.0, 2013.0), all.stream().map(Amount::value).toList(),
                describe(text, all));
    }
}

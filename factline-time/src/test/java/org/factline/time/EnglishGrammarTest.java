package org.factline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.factline.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The English grammar ({@code lang/en/time/}) and the resolver fields it relies on, on sentences written for
 * this test (the set in {@code time/en.jsonl} is measured by {@link TimeSetTest}).
 */
class EnglishGrammarTest {

    private static final TimeTagger EN = TimeTagger.forLanguage("en").orElseThrow();

    private static List<Timex> en(String text, String dct) {
        return EN.tag(text, LocalDate.parse(dct), new LexicalTense(text, "en"));
    }

    @ParameterizedTest(name = "{0} ({1}) → {3}")
    @CsvSource(delimiter = '|', value = {
            // dates, clock times with their day
            "The plant reopened on Sept. 3, 2024, after a fire.|2025-06-11|Sept. 3, 2024|2024-09-03",
            "The treaty was signed on the 4th of July, 1776.|2025-06-11|the 4th of July, 1776|1776-07-04",
            "The flight departs at 06:45 on Tuesday, June 17.|2025-06-11|06:45 on Tuesday, June 17|2025-06-17T06:45",
            "Police were called at about 3pm on Wednesday.|2025-06-13|about 3pm on Wednesday|2025-06-11T15:00",
            "The ceasefire took effect at 0600 GMT on Monday.|2025-06-11|0600 GMT on Monday|2025-06-09T06:00",
            "The doors open at half past ten.|2025-06-11|half past ten|2025-06-11T10:30",
            "The curfew starts at midnight.|2025-06-11|at midnight|2025-06-11T24:00",
            // yearless, relative and anchored
            "Voters will go to the polls on November 20.|2015-05-07|November 20|2015-11-20",
            "The company was founded in March last year.|2025-06-11|March last year|2024-03",
            "Growth should pick up in the second half of the year.|2025-02-11|the second half of the year|2025-H2",
            "Less than 24 hours ago, the road was open.|2012-09-27|Less than 24 hours ago|2012-09-26",
            "A few weeks ago nobody cared.|2025-06-11|A few weeks ago|PAST_REF",
            "Schools will reopen in September, the minister said on Monday.|2025-06-11|Monday|2025-06-09",
            // named days
            "Shops opened at 5 a.m. for Black Friday.|2024-11-29|Black Friday|2024-11-29",
            "Parades are planned for Thanksgiving.|2025-06-11|Thanksgiving|2025-11-27",
            "The beaches were packed on Memorial Day.|2025-06-11|Memorial Day|2025-05-26",
            // periods, decades, centuries, quarters
            "The firm was founded in the early 1800s.|2025-06-11|the early 1800s|18",
            "Music from the Nineties is back.|2025-06-11|the Nineties|199",
            "FY2023 revenue was flat.|2025-06-11|FY2023|2023",
            "The chipmaker said first-half pre-tax profit rose.|2025-09-11|first-half|2025-H1",
            // durations and number words
            "The vault had been sealed for one hundred and fifty years.|2025-06-11|one hundred and fifty years|P150Y",
            "Records go back over the past 1,200 years.|2025-06-11|the past 1,200 years|P1200Y",
            "Talks went on for a couple of weeks.|2025-06-11|a couple of weeks|P2W",
            "The meeting lasted an hour and a half.|2025-06-11|an hour and a half|PT90M",
            "The 25-year-old was released.|2025-06-11|25-year-old|P25Y",
            // sets
            "The court sits every other Tuesday and reviews its rules annually.|2025-06-11|annually|P1Y",
            "Dialysis is needed three times a week.|2025-06-11|three times a week|P1W",
    })
    void normalisesTheExpression(String sentence, String dct, String expectedText, String expectedValue) {
        List<Timex> all = en(sentence, dct);
        assertThat(all).as(sentence).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo(expectedText);
            assertThat(t.value()).isEqualTo(expectedValue);
        });
    }

    @Test
    void leavesNamesQuantitiesAndAdjectivesAlone() {
        for (String text : List.of(
                "Theresa May urged colleagues to back her deal.",
                "May the best side win.",
                "Nurses March On Parliament",
                "June Okafor said members would vote.",
                "The Good Friday Agreement still holds, the Sunday Telegraph reported.",
                "The shop is open 24/7 and sales rose year-on-year.",
                "The motion passed by 1,945 votes to 1,020.",
                "Bathers returned to the hot spring.",
                "The daily briefing and the annual meeting were cancelled.",
                "Three second-half goals and a third-quarter touchdown sealed it.",
                "She earns 40,000 pounds a year.")) {
            assertThat(en(text, "2025-06-11")).as(text).isEmpty();
        }
    }

    @Test
    void calendarDatesInBothOrdersWithOrdinalsAndAbbreviations() {
        List<CalendarDate> found = EN.calendarDates("On Friday, February 7, 2025 and on 7th of March 2024, then Sept. 3rd.");
        assertThat(found).extracting(CalendarDate::text)
                .containsExactly("Friday, February 7, 2025", "7th of March 2024", "Sept. 3rd");
        assertThat(found.get(0).weekday()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(found.get(2)).extracting(CalendarDate::month, CalendarDate::day).containsExactly(9, 3);
        assertThat(found.get(2).isYearless()).isTrue();
    }

    @Test
    void calendarDatesLeaveOrdinaryWordsAlone() {
        assertThat(EN.calendarDates("He sat. The sun was up on a wed morning. Mon ami.")).isEmpty();
        assertThat(EN.calendarDates("She may 5 times say so, in march 2024 order")).extracting(CalendarDate::text)
                .noneMatch(t -> t.toLowerCase().contains("may") || t.toLowerCase().contains("march"));
        assertThat(EN.calendarDates("On May 5 it rained.")).extracting(CalendarDate::text).containsExactly("May 5");
    }

    @Test
    void numberWordsAreReadAsOneNumberOnlyWhenWellFormed() {
        TimeLexicon lexicon = EN.grammar().lexicon();
        assertThat(NumberWords.parse("twenty-four", lexicon)).isEqualTo("24");
        assertThat(NumberWords.parse("one hundred and fifty", lexicon)).isEqualTo("150");
        assertThat(NumberWords.parse("two and three", lexicon)).isNull();
        assertThat(NumberWords.parse("two three", lexicon)).isNull();
        assertThat(NumberWords.parse("60,000", lexicon)).isEqualTo("60000");
        assertThat(NumberWords.parse("1,5", lexicon)).isEqualTo("1.5");
    }
}

package org.factline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.factline.model.Span;
import org.factline.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The French grammar and the shared resolver on the cases the time issue names, and on the mechanisms behind them. */
class TimeTaggerTest {

    private static final TimeTagger FR = TimeTagger.forLanguage("fr").orElseThrow();

    private static List<Timex> fr(String text, String dct) {
        return FR.tag(text, LocalDate.parse(dct), new LexicalTense(text, "fr"));
    }

    private static Timex only(String text, String dct) {
        List<Timex> all = fr(text, dct);
        assertThat(all).as(text).hasSize(1);
        return all.getFirst();
    }

    @ParameterizedTest(name = "{0} ({1}) → {3}")
    @CsvSource(delimiter = '|', value = {
            // absolute and partial dates
            "Le sommet s'est tenu le 26 avril 2025 à Rome.|2025-04-28|le 26 avril 2025|2025-04-26",
            "Le contrat a été signé le 6 août 2024.|2025-02-07|le 6 août 2024|2024-08-06",
            "Le 31 janvier, les troupes ont avancé.|2025-02-07|Le 31 janvier|2025-01-31",
            "En décembre, l'armée avait perdu du terrain.|2025-02-07|décembre|2024-12",
            "La réforme entrera en vigueur en mars.|2025-02-07|mars|2025-03",
            // weekdays by tense; the article's own weekday is the article's day
            "Valéri Guérassimov a annoncé samedi la reprise de la région.|2025-04-26|samedi|2025-04-26",
            "La Russie a revendiqué vendredi 7 février la prise de la ville.|2025-02-08|vendredi 7 février|2025-02-07",
            "Le président a parlé mardi devant les députés.|2025-02-07|mardi|2025-02-04",
            "Le président parlera mardi devant les députés.|2025-02-07|mardi|2025-02-11",
            "Les ministres se sont réunis lundi dernier.|2025-02-07|lundi dernier|2025-02-03",
            // a present tense says nothing of the way: the nearer day ("dimanche" said on a Saturday is tomorrow)
            "Les randonneurs ont rendez-vous dimanche devant la gare.|2025-03-15|dimanche|2025-03-16",
            "La brocante se tient jeudi sur le parking.|2025-03-15|jeudi|2025-03-13",
            // relative
            "Hier, le gouvernement a démissionné.|2025-02-07|Hier|2025-02-06",
            "Aujourd’hui, la situation est calme.|2025-02-07|Aujourd’hui|2025-02-07",
            "Aujourd'hui, la situation est calme.|2025-02-07|Aujourd'hui|2025-02-07",
            "La semaine dernière, trois villages ont été repris.|2025-02-07|La semaine dernière|2025-W05",
            "Le bâtiment s'est effondré il y a trois jours.|2025-02-07|il y a trois jours|2025-02-04",
            "Le vote aura lieu le mois prochain.|2025-02-07|le mois prochain|2025-03",
            "L'an dernier, l'usine a fermé.|2025-02-07|L'an dernier|2024",
            "Les prix ont augmenté cette année.|2025-02-07|cette année|2025",
            // vague and parts of periods
            "Les combats ont repris à la mi-janvier.|2025-02-07|la mi-janvier|2025-01",
            "Le chantier commencera début 2026.|2025-02-07|début 2026|2026",
            "Les travaux seront finis fin août.|2025-02-07|fin août|2025-08",
            "Le festival aura lieu cet été.|2025-02-07|cet été|2025-SU",
            "La ville a grandi dans les années 1990.|2025-02-07|les années 1990|199",
            "Le palais date du XIXe siècle.|2025-02-07|XIXe siècle|18",
            "Hier soir, un incendie s'est déclaré.|2025-02-07|Hier soir|2025-02-06TEV",
            "Dimanche après-midi, la foule s'est dispersée.|2025-02-11|Dimanche après-midi|2025-02-09TAF",
            "Le résultat a été proclamé au premier semestre 2012.|2012-07-12|premier semestre 2012|2012-H1",
            // durations and sets
            "Les combats font rage depuis plus de trois ans.|2025-04-26|plus de trois ans|P3Y",
            "Depuis plusieurs semaines, la tension monte.|2025-04-26|plusieurs semaines|PXW",
            "Il a passé six mois en prison.|2025-04-26|six mois|P6M",
            "Un demi-siècle a passé.|2025-04-26|Un demi-siècle|P50Y",
            "Le marché se tient chaque jour sur la place.|2025-04-26|chaque jour|P1D",
            "La mairie ouvre tous les jeudis.|2025-04-26|tous les jeudis|XXXX-WXX-4",
            "Deux fois par an, le conseil se réunit.|2025-04-26|Deux fois par an|P1Y",
            // the first of two days or months that share the month or the "derniers" of the second
            "Le festival se tiendra du 4 au 6 octobre à Arles.|2025-09-02|du 4|2025-10-04",
            "Les audiences auront lieu les 12 et 19 mars prochains.|2025-02-20|les 12|2025-03-12",
            "La commune a été inondée en novembre et décembre derniers.|2025-05-10|novembre|2024-11",
            // a two-digit year closed by punctuation
            "Le club a été champion en 95, puis a décliné.|2001-03-10|en 95|1995",
            // a clock time before ", weekday" or before a second time and a weekday is on that day
            "Vers 2 h 15, samedi, un incendie a détruit un hangar.|2025-03-17|Vers 2 h 15|2025-03-15T02:15",
            "Les vols ont été commis entre 23 h et 3 h dimanche.|2025-03-17|entre 23 h|2025-03-16T23:00",
            "La salle ouvre à 9h et ferme à 18h30.|2025-03-17|à 18h30|2025-03-17T18:30",
            // the first bound of a range of durations, a whole unit, the nth weekdays of each month
            "Le tribunal a prononcé des peines de 6 à 18 mois de prison.|2025-03-17|de 6|P6M",
            "Le refuge reste ouvert toute l'année.|2025-03-17|toute l'année|P1Y",
            "Le conseil siège les premier et troisième lundis de chaque mois.|2025-03-17|les premier et troisième lundis|XXXX-WXX-1",
            "Le marché se tient le dernier samedi du mois.|2025-03-17|le dernier samedi|XXXX-WXX-6",
            // vague references: nouns and adjectives of the present and the future, as TimeML values them
            "Les syndicats s'inquiètent pour l'avenir de l'usine.|2025-03-17|l'avenir|FUTURE_REF",
            "Le futur directeur prendra ses fonctions en septembre.|2025-03-17|Le futur|FUTURE_REF",
            "Le prochain congrès du parti se tiendra à Lille.|2025-03-17|prochain|FUTURE_REF",
            "La crise actuelle pèse sur les commerces.|2025-03-17|actuelle|PRESENT_REF",
            "Le juge a renvoyé l'affaire à une date ultérieure.|2025-03-17|une date ultérieure|FUTURE_REF",
            "Le bâtiment nouvellement rénové accueille une crèche.|2025-03-17|nouvellement|PAST_REF",
            "Les Français sont entrés dans la nouvelle année avec inquiétude.|2025-01-03|la nouvelle année|2025",
            "Les campings affichent complet pendant les mois d'été.|2025-03-17|les mois d'été|2025-SU",
            // Easter-based holidays
            "Le défilé aura lieu le lundi de Pâques.|2016-03-20|lundi de Pâques|2016-03-28",
    })
    void normalisesTheExpression(String sentence, String dct, String expectedText, String expectedValue) {
        List<Timex> all = fr(sentence, dct);
        assertThat(all).as(sentence).anySatisfy(t -> {
            assertThat(TimeSetTest.overlap(t.text(), expectedText)).isGreaterThanOrEqualTo(0.5);
            assertThat(t.value()).isEqualTo(expectedValue);
        });
    }

    @Test
    void keepsModifiersAndTypes() {
        Timex more = only("Les combats durent depuis plus de trois ans.", "2025-04-26");
        assertThat(more.type()).isEqualTo(Timex.Type.DURATION);
        assertThat(more.mod()).isEqualTo("MORE_THAN");
        Timex mid = only("Les combats ont repris à la mi-janvier.", "2025-02-07");
        assertThat(mid.mod()).isEqualTo("MID");
        assertThat(mid.anchor()).isEqualTo(Timex.Anchor.PUBLICATION);
        assertThat(only("Le traité fut signé en 1648.", "2025-02-07").anchor()).isEqualTo(Timex.Anchor.NONE);
    }

    @Test
    void anchorsAnaphoraOnTheTimeMentionedBefore() {
        List<Timex> all = fr("Le 3 juin 2012, la police a arrêté le suspect. Le lendemain, il a été libéré.", "2012-06-05");
        assertThat(all).extracting(Timex::value).containsExactly("2012-06-03", "2012-06-04");
        assertThat(all.get(1).anchor()).isEqualTo(Timex.Anchor.DISCOURSE);
        List<Timex> clock = fr("Samedi 5 juin, rendez-vous est donné à 17 h devant la mairie.", "1999-06-01");
        assertThat(clock).extracting(Timex::value).containsExactly("1999-06-05", "1999-06-05T17:00");
    }

    @Test
    void spansLeaveOutPrepositionsAndPointIntoTheText() {
        String text = "Depuis plusieurs mois, les prix montent. En décembre, ils ont baissé.";
        for (Timex t : fr(text, "2025-02-07")) {
            assertThat(t.span().of(text)).isEqualTo(t.text());
        }
        assertThat(fr(text, "2025-02-07")).extracting(Timex::text).containsExactly("plusieurs mois", "décembre");
    }

    @Test
    void leavesNamesAndQuantitiesAlone() {
        assertThat(fr("La sonde s'est posée sur Mars en 2021.", "2025-02-07")).extracting(Timex::text).containsExactly("2021");
        assertThat(fr("Le candidat a obtenu 1 945 voix et 2019 euros de dons.", "2025-02-07")).isEmpty();
        assertThat(fr("L'accord du Vendredi saint a été signé.", "2025-02-07")).isEmpty();
        assertThat(fr("Il a été élu avec 52 % des voix.", "2025-02-07")).isEmpty();
    }

    @Test
    void withoutAnArticleDateRelativeExpressionsStayUnanchored() {
        assertThat(FR.tag("Samedi, en décembre, hier.", null, TenseOracle.NONE))
                .extracting(Timex::value).containsExactly("XXXX-WXX-6", "XXXX-12", "PAST_REF");
    }

    @Test
    void findsCalendarDatesForPublicationDateInference() {
        List<CalendarDate> dates = FR.calendarDates("Vendredi 7 février, hier, samedi et août 2024.");
        assertThat(dates).extracting(CalendarDate::text).containsExactly("Vendredi 7 février", "samedi", "août 2024");
        assertThat(dates.getFirst().isYearless()).isTrue();
    }

    @Test
    void calendarDatesSayWhatTheyStateAndNothingMore() {
        String text = "Volodymyr Zelensky a affirmé vendredi 7 février que, le 31 janvier, Kiev avait parlé ; "
                + "en août 2024 déjà, en décembre et en 2023.";
        List<CalendarDate> found = FR.calendarDates(text);
        // "le" is part of a date ("le 31 janvier"); prepositions are not ("en août 2024" → "août 2024")
        assertThat(found).extracting(CalendarDate::text)
                .containsExactly("vendredi 7 février", "le 31 janvier", "août 2024", "décembre", "2023");
        assertThat(found.get(0).weekday()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(found.get(0).isYearless()).isTrue();
        assertThat(found.get(1).isYearless()).isTrue();
        assertThat(found.get(1).weekday()).isNull();
        assertThat(found.get(2)).extracting(CalendarDate::year, CalendarDate::month, CalendarDate::day).containsExactly(2024, 8, null);
        assertThat(found.get(3)).extracting(CalendarDate::year, CalendarDate::month).containsExactly(null, 12);
        assertThat(found.get(4)).extracting(CalendarDate::year, CalendarDate::month).containsExactly(2023, null);
        assertThat(found).noneMatch(CalendarDate::isBareWeekday);
        for (CalendarDate d : found) {
            assertThat(d.span().of(text)).isEqualTo(d.text());
        }
    }

    @Test
    void calendarDatesIgnoreAccentsAndCaseAndKeepTheTextsOffsets() {
        String text = "Publié le 1er FEVRIER 2025.";
        CalendarDate d = FR.calendarDates(text).getFirst();
        assertThat(d.text()).isEqualTo("le 1er FEVRIER 2025");
        assertThat(text.substring(d.span().start(), d.span().end())).isEqualTo(d.text());
        assertThat(d.isFullDate()).isTrue();
        assertThat(d.day()).isEqualTo(1);
    }

    @Test
    void impossibleDaysAreNotCalendarDays() {
        assertThat(FR.calendarDates("le 45 mars")).noneMatch(d -> d.day() != null);
        assertThat(FR.calendarDates("le 30 février 2025").getFirst().inYear(2025)).isNull();
    }

    @Test
    void aWeekdayPlacesAYearlessDateInTheNearestYearItFits() {
        CalendarDate friday = FR.calendarDates("vendredi 7 février").getFirst();
        assertThat(friday.yearByWeekday(2024, d -> true)).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(friday.yearByWeekday(2025, d -> true)).isEqualTo(LocalDate.of(2025, 2, 7));
        // 2014 and 2020 are both three years from 2017: the later year wins the tie
        assertThat(friday.yearByWeekday(2017, d -> true)).isEqualTo(LocalDate.of(2020, 2, 7));
        assertThat(friday.yearByWeekday(2025, d -> d.getYear() < 2025)).isEqualTo(LocalDate.of(2020, 2, 7));
        assertThat(friday.yearByWeekday(2025, d -> false)).isNull();
        assertThat(FR.calendarDates("le 7 février").getFirst().yearByWeekday(2025, d -> true)).isNull();
    }

    @Test
    void tenseRulesReadAuxiliariesWithTheirParticiples() {
        TenseRules rules = TenseRules.forLanguage("fr");
        assertThat(rules.of(List.of("a", "annoncé"))).isEqualTo(Tense.PAST);
        assertThat(rules.of(List.of("annoncera"))).isEqualTo(Tense.FUTURE);
        assertThat(rules.of(List.of("va", "annoncer"))).isEqualTo(Tense.FUTURE);
        assertThat(rules.of(List.of("annonce"))).isEqualTo(Tense.PRESENT);
        assertThat(new LexicalTense("Il habite à partir de demain ici.", "fr").at(new Span(17, 26)))
                .isNotEqualTo(Tense.PAST); // "à partir" is no auxiliary
    }

    @Test
    void aStoryMeansOneDayByEachWeekdayItNames() {
        // dated once, the weekday keeps that date wherever it comes back, whatever the verb near it
        String fair = "La foire aux livres aura lieu samedi 14 juin sur la place. Rendez-vous est donné samedi à 9 h.";
        assertThat(fr(fair, "2025-06-11")).extracting(Timex::value)
                .containsExactly("2025-06-14", "2025-06-14", "2025-06-14T09:00");
        // a headline's bare weekday is the day the body dates
        String concert = "Le quatuor joue mardi.\nLe quatuor à cordes est en concert mardi 3 juin à l'Arsenal.";
        assertThat(fr(concert, "2025-05-31")).extracting(Timex::value).containsExactly("2025-06-03", "2025-06-03");
        // placed by a future once, the same weekday in a present-tense clause is that day too
        String fete = "Le village fêtera la musique dimanche. Dimanche soir, le comité invite au bal.";
        assertThat(fr(fete, "2025-06-17")).extracting(Timex::value).containsExactly("2025-06-22", "2025-06-22TEV");
        // but a clause whose tense points the other way keeps its own day
        String match = "L'équipe a perdu samedi. Elle jouera samedi prochain à domicile.";
        assertThat(fr(match, "2025-06-16")).extracting(Timex::value).containsExactly("2025-06-14", "2025-06-21");
    }

    @Test
    void monthsListedAfterAYearAreThatYears() {
        String floods = "La rivière a débordé trois fois en 2019 (en mars, en juin et en novembre).";
        assertThat(fr(floods, "2025-03-17")).extracting(Timex::value)
                .containsExactly("2019", "2019-03", "2019-06", "2019-11");
        // a verb between them starts a new statement: the month is read from the article's date
        String mayor = "Élu en 2014, le maire a démissionné en janvier.";
        assertThat(fr(mayor, "2025-03-17")).extracting(Timex::value).containsExactly("2014", "2025-01");
    }

    @Test
    void somethingExpectedOnAWeekdayIsToCome() {
        assertThat(only("Le ministre est attendu jeudi à Brest.", "2025-03-17").value()).isEqualTo("2025-03-20");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Le cortège partira de la rue du 8-Mai-1945.",
            "Les commerces de l'avenue du 11-Novembre rouvrent.",
            "Le bal aura lieu place du 14-Juillet.",
            "Une réunion de dernière minute a été convoquée.",
            "Les infirmières refusent les heures supplémentaires.",
            "Le trafic est dense aux heures de pointe.",
            "L'Avenir, le quotidien du soir, a changé de directeur.",
    })
    void wordsThatHoldNoTimeExpressionAreNotTagged(String sentence) {
        assertThat(fr(sentence, "2025-03-17")).isEmpty();
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            // found by fuzzing: these were "0", "90-03" and "10000"
            "L'an dernier, le village a brûlé.|0001-06-01|0000",
            "Le village a brûlé en mars.|0090-06-01|0090-03",
            "La semaine dernière, le village a brûlé.|0090-06-01|0090-W21",
    })
    void yearsAreWrittenInFourDigitsWhateverTheArticlesDate(String sentence, String dct, String value) {
        assertThat(only(sentence, dct).value()).isEqualTo(value);
    }

    @Test
    void aYearBeyond9999HasNoValueAndTheExpressionIsLeftOut() {
        assertThat(fr("L'an prochain, le village sera rebâti.", "9999-06-01")).isEmpty();
    }

    @Test
    void anUnknownLanguageHasNoTagger() {
        assertThat(TimeTagger.forLanguage("xx")).isEmpty();
        assertThat(TimeTagger.forLanguage(null)).isEmpty();
    }

    @Test
    void aMalformedGrammarLineIsNamedWithItsFileAndLine() {
        assertThatThrownBy(() -> TimeGrammar.load("zz-broken"))
                .hasMessageContaining("lang/zz-broken/time/rules.tsv:3");
    }
}

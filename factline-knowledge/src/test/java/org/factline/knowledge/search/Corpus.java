package org.factline.knowledge.search;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.factline.knowledge.search.SearchDocument.Kind;

/**
 * Small news documents in French, English and German, written for these tests: an article with a claim and
 * an event about Sudzha in the Kursk region, a Zelensky claim, grain ships leaving Odesa, a Breton election,
 * talks in Geneva, an undated note on sanctions.
 */
final class Corpus {

    static final String SUDZHA = "fr-soudja";
    static final String ZELENSKY = "en-zelensky";
    static final String ODESA = "en-odesa";
    static final String BRITTANY = "fr-bretagne";
    static final String GENEVA = "de-genf";
    static final String SANCTIONS = "en-sanctions";

    private Corpus() {
    }

    /** Every document, by article. */
    static List<List<SearchDocument>> articles() {
        return List.of(sudzha(), zelensky(), odesa(), brittany(), geneva(), sanctions());
    }

    static List<SearchDocument> all() {
        return articles().stream().flatMap(List::stream).toList();
    }

    static SearchIndex indexed() {
        SearchIndex index = SearchIndex.inMemory();
        for (List<SearchDocument> article : articles()) {
            index.replace(article.getFirst().articleId(), article);
        }
        return index;
    }

    static List<SearchDocument> sudzha() {
        DateRange published = DateRange.day(LocalDate.of(2025, 3, 12));
        String title = "L'armée russe affirme avoir repris Soudja";
        List<String> names = List.of("Valery Gerasimov", "Valéri Guérassimov", "Kursk Oblast", "région de Koursk",
                "Sudzha", "Soudja", "Ukraine", "Kiev");
        return List.of(
                article(SUDZHA, "fr", published, title,
                        "Le chef d'état-major, Valéri Guérassimov, a affirmé mercredi que les troupes russes avaient "
                                + "repris la ville de Soudja, dans la région de Koursk. Kiev n'a pas confirmé.\n\n"
                                + "Les attaques de drones se sont poursuivies toute la nuit sur les villages voisins, "
                                + "selon les autorités locales.",
                        names),
                new SearchDocument(Kind.CLAIM, SearchDocument.claimId(SUDZHA, 0), SUDZHA, SUDZHA, "fr",
                        published, published, title, "les troupes russes avaient repris la ville de Soudja",
                        List.of("Valery Gerasimov", "Valéri Guérassimov", "Sudzha", "Soudja"), "Valery Gerasimov",
                        "ASSERT"),
                new SearchDocument(Kind.EVENT, SearchDocument.eventId(SUDZHA, 0), SUDZHA, SUDZHA, "fr",
                        DateRange.parse("2025-03").orElseThrow(), published, title,
                        "les troupes russes avaient repris la ville de Soudja, dans la région de Koursk",
                        List.of("Russia", "Sudzha", "Soudja", "Kursk Oblast", "région de Koursk"), "Valery Gerasimov",
                        "CAPTURE_TERRITORY"));
    }

    static List<SearchDocument> zelensky() {
        DateRange published = DateRange.day(LocalDate.of(2025, 2, 8));
        String title = "Zelensky says North Korean troops are back in Kursk";
        return List.of(
                article(ZELENSKY, "en", published, title,
                        "Ukrainian President Volodymyr Zelensky said on Friday that North Korean soldiers had returned "
                                + "to the front in the Kursk region, weeks after Kyiv said they had been withdrawn.",
                        List.of("Volodymyr Zelensky", "Zelensky", "Kursk Oblast", "Kursk region", "North Korea",
                                "North Korean", "Ukraine", "Kyiv")),
                new SearchDocument(Kind.CLAIM, SearchDocument.claimId(ZELENSKY, 0), ZELENSKY, ZELENSKY, "en",
                        DateRange.day(LocalDate.of(2025, 2, 7)), published, title,
                        "North Korean soldiers had returned to the front in the Kursk region",
                        List.of("Volodymyr Zelensky", "Zelensky", "North Korea", "Kursk Oblast", "Kursk region"),
                        "Volodymyr Zelensky", "ASSERT"));
    }

    static List<SearchDocument> odesa() {
        DateRange published = DateRange.day(LocalDate.of(2024, 11, 5));
        return List.of(
                article(ODESA, "en", published, "Grain ships leave Odesa despite attacks",
                        "Three cargo ships carrying grain left the port of Odesa on Tuesday, officials said. The "
                                + "attack on the port last week damaged two cranes. Ukraine's navy said the corridor "
                                + "remained open.",
                        List.of("Odesa", "Odessa", "Ukraine", "Ukrainian Navy")),
                new SearchDocument(Kind.EVENT, SearchDocument.eventId(ODESA, 0), ODESA, ODESA, "en",
                        DateRange.parse("2024-W44").orElseThrow(), published, "Grain ships leave Odesa despite attacks",
                        "The attack on the port last week damaged two cranes.", List.of("Odesa", "Odessa"), null,
                        "ATTACK"));
    }

    static List<SearchDocument> brittany() {
        DateRange june = DateRange.parse("2024-06").orElseThrow();
        String title = "Élections européennes : les résultats en Bretagne";
        return List.of(
                article(BRITTANY, "fr", june, title,
                        "Les électeurs bretons se sont rendus aux urnes dimanche. La participation a progressé par "
                                + "rapport au dernier scrutin, selon la préfecture de Rennes.",
                        List.of("Brittany", "Bretagne", "Rennes")),
                new SearchDocument(Kind.EVENT, SearchDocument.eventId(BRITTANY, 0), BRITTANY, BRITTANY, "fr",
                        DateRange.day(LocalDate.of(2024, 6, 9)), june, title,
                        "Les électeurs bretons se sont rendus aux urnes dimanche.", List.of("Brittany", "Bretagne"),
                        null, "ELECTION"));
    }

    static List<SearchDocument> geneva() {
        return List.of(article(GENEVA, "de", DateRange.day(LocalDate.of(2025, 1, 20)), "Gespräche in Genf",
                "Die Delegationen trafen sich in Genf zu Gesprächen über einen Waffenstillstand.",
                List.of("Geneva", "Genf")));
    }

    static List<SearchDocument> sanctions() {
        return List.of(article(SANCTIONS, "en", null, null,
                "Analysts debate whether the sanctions on Russian oil exports are working.", List.of("Russia")));
    }

    static SearchDocument article(String id, String language, DateRange published, String title, String text,
                                  List<String> names) {
        return new SearchDocument(Kind.ARTICLE, id, id, id, language, published, published, title, text, names,
                null, null);
    }

    static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    static Stream<SearchDocument> stream() {
        return all().stream();
    }
}

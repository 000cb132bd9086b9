package org.factline.knowledge.store;

import java.time.LocalDate;
import java.util.List;
import org.factline.model.Article;
import org.factline.model.Language;
import org.factline.model.PublicationDate;
import org.factline.model.Removal;
import org.factline.model.SourceRef;
import org.factline.model.Span;

/** Articles to store in tests. */
final class Articles {

    private static final Language FRENCH = new Language("fr", 0.9873, false, true);

    private Articles() {
    }

    /** An article with every field filled in, after the Keystone-SDA dispatch of April 2025. */
    static Article kursk() {
        String heading = "Koursk entièrement repris";
        String first = "Le chef d'état-major de l'armée russe, Valéri Guérassimov, a annoncé samedi au président "
                + "Vladimir Poutine que ses hommes avaient repris entièrement le contrôle de la région de Koursk.";
        String second = "«Aujourd'hui, la dernière localité, le village de Gornal, a été libérée», a déclaré "
                + "M. Guérassimov.";
        String text = heading + "\n\n" + first + "\n\n" + second;
        Span headingSpan = new Span(0, heading.length());
        Span firstSpan = new Span(heading.length() + 2, heading.length() + 2 + first.length());
        Span secondSpan = new Span(text.length() - second.length(), text.length());
        String caption = "Le président russe Vladimir Poutine tient une vidéoconférence … KEYSTONE";
        return new Article(
                "bbddf157615b990c",
                "000_bbddf157615b990c",
                new SourceRef("seeds/000_bbddf157615b990c.txt", "text"),
                "La Russie dit avoir repris toute la région de Koursk",
                "https://www.example.org/monde/koursk",
                "Keystone-SDA",
                FRENCH,
                PublicationDate.day(LocalDate.of(2025, 4, 27), PublicationDate.Basis.INFERRED, "samedi"),
                text,
                "date 2025-04\n" + text + "\n\n" + caption + "\n\nKeystone-SDA ATS",
                List.of(headingSpan, firstSpan, secondSpan),
                List.of(headingSpan),
                List.of(new Removal(Removal.Kind.HEADER, "date 2025-04"),
                        new Removal(Removal.Kind.CAPTION, caption),
                        new Removal(Removal.Kind.BYLINE, "Keystone-SDA ATS")),
                List.of("publication date refined from 2025-04 to 2025-04-27 by \"samedi\"",
                        "caption removed"));
    }

    /** A small article with the given identity and date (null for none); everything optional left out. */
    static Article dated(String id, String doc, PublicationDate published) {
        String text = "Texte de " + doc + ".";
        return new Article(id, doc, new SourceRef(doc + ".txt", "text"), null, null, null, FRENCH, published,
                text, text, List.of(new Span(0, text.length())), List.of(), List.of(), List.of());
    }

    static Article plain(String id, String doc) {
        return dated(id, doc, null);
    }

    static PublicationDate day(String isoDate) {
        return PublicationDate.day(LocalDate.parse(isoDate), PublicationDate.Basis.METADATA, null);
    }
}

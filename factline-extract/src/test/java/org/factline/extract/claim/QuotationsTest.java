package org.factline.extract.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.factline.extract.claim.Quotations.Quotation;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

class QuotationsTest {

    private static List<String> inner(String text) {
        return Quotations.find(text, List.of()).stream().map(q -> q.inner().of(text)).toList();
    }

    @Test
    void everyTypographyOfQuotationMarks() {
        assertEquals(List.of("Nous tiendrons"), inner("«\u00a0Nous tiendrons\u00a0», a-t-il dit."));
        assertEquals(List.of("We will win"), inner("\"We will win,\" he said.".replace(",\"", "\"")));
        assertEquals(List.of("It is over,"), inner("“It is over,” she said."));
        assertEquals(List.of("Wir bleiben"), inner("„Wir bleiben“, sagte er."));
        assertEquals(List.of("un mot"), inner("Il a dit ‹un mot› seulement."));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertEquals(List.of(), inner("L’armée n’a pas confirmé, and they don’t know."));
        assertEquals(List.of("a fair deal"), inner("He called it ‘a fair deal’ on Monday."));
    }

    @Test
    void nestedQuotationsAreKeptWithTheirDepth() {
        String text = "«Il m’a dit “jamais” ce jour-là», raconte-t-elle.";
        List<Quotation> found = Quotations.find(text, List.of());
        assertEquals(2, found.size());
        assertEquals("Il m’a dit “jamais” ce jour-là", found.get(0).inner().of(text));
        assertEquals(0, found.get(0).depth());
        assertEquals("jamais", found.get(1).inner().of(text));
        assertEquals(1, found.get(1).depth());
    }

    @Test
    void aQuotationRunsOnWhenTheNextParagraphOpensAgain() {
        String first = "\"We lost everything in one night. The water came up to the roof.";
        String second = "\"Nobody warned us,\" she said.";
        String text = first + "\n\n" + second;
        List<Span> paragraphs = List.of(new Span(0, first.length()), new Span(first.length() + 2, text.length()));
        List<Quotation> found = Quotations.find(text, paragraphs);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.getFirst().inner().of(text).startsWith("We lost"));
        assertTrue(found.getFirst().inner().of(text).endsWith("Nobody warned us,"));
    }

    @Test
    void anUnclosedQuotationStopsAtItsParagraph() {
        String first = "Il a lancé « nous ne céderons pas";
        String text = first + "\n\nLa séance a été levée.";
        List<Span> paragraphs = List.of(new Span(0, first.length()), new Span(first.length() + 2, text.length()));
        List<Quotation> found = Quotations.find(text, paragraphs);
        assertEquals(1, found.size());
        assertTrue(found.getFirst().unclosed());
        assertEquals("nous ne céderons pas", found.getFirst().inner().of(text));
    }

    @Test
    void hostileInputNeverBreaksIt() {
        assertEquals(List.of(), inner(""));
        assertEquals(List.of(), inner("»»»”””"));
        String marks = "«“\"‘„‹".repeat(5_000);
        Quotations.find(marks, List.of());
        String unbalanced = "« " + "mot ".repeat(5_000);
        assertTrue(Quotations.find(unbalanced, List.of()).isEmpty(), "a quotation longer than any real one is not kept");
    }
}

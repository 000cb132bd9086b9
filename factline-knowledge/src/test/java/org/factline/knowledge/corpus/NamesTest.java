package org.factline.knowledge.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Spellings of one name across French and English transliterations, and names that only look alike. */
class NamesTest {

    private static boolean same(String a, String b) {
        return Names.sameTransliterated(Names.romanised(a), Names.romanised(b));
    }

    @Test
    void frenchAndEnglishTransliterationsOfOneNameAreTheSame() {
        assertTrue(same("Azamat Toktogoulov", "Azamat Toktogulov"));
        assertTrue(same("Farkhod Rakhmatoulloïev", "Farhod Rahmatulloev"));
        assertTrue(same("Nourlan Sadyrbekov", "Nurlan Sadyrbekov"));
        assertTrue(same("Naïma Aït Lahcen", "Naima Ait Lahcen"));
        assertTrue(same("Djamal Tchoubarov", "Jamal Chubarov"));
    }

    @Test
    void differentNamesStayApart() {
        assertFalse(same("Martin", "Morton"), "same consonants, but two letters apart in a short name");
        assertFalse(same("Ivan Petrov", "Ivan Petrova"));
        assertFalse(same("Sadyrbekov", "Sadyrov"));
        assertFalse(same("Omar", "Amir"), "short names never merge by likeness");
    }
}

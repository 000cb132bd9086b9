package org.factline.knowledge.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factline.knowledge.corpus.Contradiction.Kind;
import org.factline.model.Span;
import org.junit.jupiter.api.Test;

/** The index of disagreements found: when one settles another, and that a replaced one no longer does. */
class FoundDisagreementsTest {

    private static final Source KYIV = new Source("Volodymyr Zelensky", "fl:per:zelensky", "fl:org:ukraine", false);
    private static final Source KYIV_ARMY = new Source("Oleksandr Syrskyi", "fl:per:syrskyi", "fl:org:ukraine", false);
    private static final Source MOSCOW = new Source("Dmitry Peskov", "fl:per:peskov", "fl:org:russia", false);
    private static final Source MOSCOW_UNLINKED = new Source("Dmitri Peskov", null, "name:dmitri peskov", false);
    private static final Source MONITOR = new Source("Civic Monitor", null, "name:civic monitor", false);

    private static Statement said(String article, Source source, int start, int end) {
        return new Statement(article, article, "2025-03-0" + (start % 9 + 1), source, "words", null, new Span(start, end));
    }

    private static Contradiction existence(Statement a, Statement b) {
        return new Contradiction("topic", Kind.EXISTENCE, a, b, "why");
    }

    @Test
    void theSameSidesInOneOfTheArticlesAreSettledEitherWayRound() {
        FoundDisagreements found = new FoundDisagreements();
        found.put("k1", existence(said("art1", KYIV, 0, 10), said("art2", MOSCOW, 0, 10)));
        // other speakers of the same parties, article 1 again on the first side: settled, the sides either way round
        assertTrue(found.settles(existence(said("art1", KYIV_ARMY, 50, 60), said("art3", MOSCOW, 0, 10))));
        assertTrue(found.settles(existence(said("art1", MOSCOW, 300, 310), said("art3", KYIV_ARMY, 50, 60))));
        // article 2 on side b
        assertTrue(found.settles(existence(said("art4", KYIV, 0, 10), said("art2", MOSCOW, 80, 90))));
        // a name the same once folded stands for its side when no party links it
        assertFalse(found.settles(existence(said("art5", KYIV, 0, 10), said("art2", MOSCOW_UNLINKED, 80, 90))));
        found.put("k2", existence(said("art6", MONITOR, 0, 10), said("art7", MOSCOW_UNLINKED, 0, 10)));
        assertTrue(found.settles(existence(said("art6", new Source("CIVIC MONITOR", null, "name:other", false), 30, 40),
                said("art8", new Source("DMITRI PESKOV", null, "name:x", false), 0, 10))), "the names fold to the same letters");
        assertFalse(found.settles(existence(said("art6", new Source("CIVIC MONITOR", null, "name:other", false), 30, 40),
                said("art8", KYIV, 0, 10))), "Kyiv is not on the other side of that disagreement");
        // another kind, or neither article: not settled
        assertFalse(found.settles(new Contradiction("t", Kind.QUANTITY, said("art1", KYIV, 50, 60), said("art3", MOSCOW, 0, 10), "w")));
        assertFalse(found.settles(existence(said("art9", KYIV, 0, 10), said("art10", MOSCOW, 0, 10))));
    }

    @Test
    void aStatementSetAgainstASideIsNotSetAgainstItAgain() {
        FoundDisagreements found = new FoundDisagreements();
        found.put("k", existence(said("art1", KYIV, 100, 200), said("art2", MOSCOW, 0, 10)));
        // the same words of article 1 (overlapping) against Moscow, whatever the kind and Moscow's article
        assertTrue(found.settles(new Contradiction("t", Kind.QUANTITY, said("art1", MONITOR, 150, 250), said("art9", MOSCOW, 5, 6), "w")));
        assertTrue(found.settles(new Contradiction("t", Kind.QUANTITY, said("art9", MOSCOW, 5, 6), said("art1", MONITOR, 199, 300), "w")));
        // touching is not overlapping; other words, or against another side, are new
        assertFalse(found.settles(new Contradiction("t", Kind.QUANTITY, said("art1", MONITOR, 200, 300), said("art9", MOSCOW, 5, 6), "w")));
        assertFalse(found.settles(new Contradiction("t", Kind.QUANTITY, said("art1", MOSCOW, 150, 250), said("art9", MONITOR, 5, 6), "w")));
        // a statement without evidence overlaps nothing
        Statement unplaced = new Statement("art1", "art1", null, MONITOR, "words", null, null);
        assertFalse(found.settles(new Contradiction("t", Kind.QUANTITY, unplaced, said("art9", MOSCOW, 5, 6), "w")));
    }

    @Test
    void aReplacedDisagreementNoLongerSettlesAnything() {
        FoundDisagreements found = new FoundDisagreements();
        Contradiction first = existence(said("art1", KYIV, 0, 10), said("art2", MOSCOW, 0, 10));
        Contradiction later = existence(said("art3", MONITOR, 0, 10), said("art4", MOSCOW, 20, 30));
        found.put("k", first);
        found.put("k", later);
        assertEquals(java.util.List.of(later), found.values());
        assertFalse(found.settles(existence(said("art1", KYIV, 0, 10), said("art5", MOSCOW, 40, 50))));
        assertFalse(found.settles(new Contradiction("t", Kind.QUANTITY, said("art1", MONITOR, 0, 10), said("art5", MOSCOW, 40, 50), "w")));
        assertTrue(found.settles(existence(said("art3", MONITOR, 50, 60), said("art5", MOSCOW, 40, 50))));
        // the same disagreement put twice is filed once: replacing it then withdraws it all
        found.put("j", first);
        found.put("j", first);
        found.put("j", later);
        assertFalse(found.settles(existence(said("art1", KYIV, 0, 10), said("art5", MOSCOW, 40, 50))));
    }
}

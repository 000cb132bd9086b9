package org.factline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.factline.extract.kb.GazetteerMatch;
import org.factline.extract.kb.KbEntity;
import org.factline.extract.kb.KnowledgeBase;
import org.factline.extract.kb.Role;
import org.factline.model.EntityType;
import org.factline.model.Span;

/**
 * Finds titles in a text and tells which country's office they name. Slots are filled from the
 * gazetteer's matches: a title "président {DEM}" matches where a demonym found by the gazetteer follows
 * "président ", so the title lexicon never repeats the knowledge base's lists.
 */
final class TitleMatcher {

    /** A title found: its span, the office, and the country whose office it is. */
    record Found(Span span, Role role, KbEntity country) {
    }

    /** French puts a preposition and article between a title and a country: "président de la Russie". */
    private static final List<String> COUNTRY_LINKS = List.of("", "de la ", "de l'", "du ", "des ", "de ", "d'", "the ");

    private final KnowledgeBase kb;
    private final Map<String, TitleLexicon> lexicons = new ConcurrentHashMap<>();

    TitleMatcher(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** @param folded the article text as {@link org.factline.model.lang.Folding#fold} gives it */
    List<Found> find(String folded, String lang, List<GazetteerMatch> gazetteer) {
        TitleLexicon lexicon = lexicons.computeIfAbsent(lang, TitleLexicon::load);
        List<Found> found = new ArrayList<>();
        for (TitleLexicon.Title title : lexicon.titles()) {
            switch (title.slot()) {
                case NONE -> fixed(folded, title).forEach(found::add);
                case DEMONYM, COUNTRY -> {
                    for (GazetteerMatch m : gazetteer) {
                        slotCountry(m, title.slot()).flatMap(c -> around(folded, m, title, c)).ifPresent(found::add);
                    }
                }
            }
        }
        return longestFirst(found);
    }

    private List<Found> fixed(String folded, TitleLexicon.Title title) {
        List<Found> out = new ArrayList<>();
        KbEntity country = kb.country(title.country()).orElse(null);
        if (country == null) {
            return out;
        }
        for (int at = folded.indexOf(title.before()); at >= 0; at = folded.indexOf(title.before(), at + 1)) {
            int end = at + title.before().length();
            if (wordStart(folded, at) && wordEnd(folded, end)) {
                out.add(new Found(new Span(at, end), title.role(), country));
            }
        }
        return out;
    }

    /** The country a gazetteer match gives a slot: a demonym's country, or a country named. */
    private Optional<KbEntity> slotCountry(GazetteerMatch m, TitleLexicon.Slot slot) {
        KbEntity e = m.best();
        if (slot == TitleLexicon.Slot.DEMONYM && e.type() == EntityType.GROUP && e.country() != null) {
            return kb.country(e.country());
        }
        if (slot == TitleLexicon.Slot.COUNTRY && e.isCountry()) {
            return Optional.of(e);
        }
        return Optional.empty();
    }

    private static Optional<Found> around(String folded, GazetteerMatch m, TitleLexicon.Title title, KbEntity country) {
        if (!folded.startsWith(title.after(), m.end()) || !wordEnd(folded, m.end() + title.after().length())) {
            return Optional.empty();
        }
        List<String> links = title.slot() == TitleLexicon.Slot.COUNTRY ? COUNTRY_LINKS : List.of("");
        for (String link : links) {
            String before = title.before() + link;
            int start = m.start() - before.length();
            if (start >= 0 && folded.startsWith(before, start) && wordStart(folded, start)) {
                return Optional.of(new Found(new Span(start, m.end() + title.after().length()), title.role(), country));
            }
        }
        return Optional.empty();
    }

    /** Overlapping titles: the longest wins ("chef d'état-major de l'armée russe" over "chef d'état-major russe"). */
    private static List<Found> longestFirst(List<Found> found) {
        found.sort((a, b) -> Integer.compare(b.span().length(), a.span().length()));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(f.span()))) {
                kept.add(f);
            }
        }
        kept.sort((a, b) -> a.span().compareTo(b.span()));
        return kept;
    }

    private static boolean wordStart(String s, int at) {
        return at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1));
    }

    private static boolean wordEnd(String s, int at) {
        return at >= s.length() || !Character.isLetterOrDigit(s.charAt(at));
    }
}

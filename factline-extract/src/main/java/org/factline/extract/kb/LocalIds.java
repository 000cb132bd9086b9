package org.factline.extract.kb;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import org.factline.model.EntityType;

/**
 * Local ids for entities without a Wikidata QID: {@code fl:} + type + {@code :} + the name folded to
 * lower-case ASCII words joined by hyphens ({@code fl:gpe:kursk-oblast}, {@code fl:person:valery-gerasimov}).
 * The same type and name give the same id in every article and on every machine, so unknown entities merge
 * across articles; the knowledge base's own local ids are made the same way.
 */
public final class LocalIds {

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private LocalIds() {
    }

    public static String of(EntityType type, String name) {
        return "fl:" + type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
    }

    /** The name as lower-case ASCII words joined by hyphens ("Valéri Guérassimov" → "valeri-guerassimov"). */
    public static String slug(String name) {
        String s = Folding.lower(name);
        if (!s.chars().allMatch(c -> c < 0x80)) {
            synchronized (TO_LATIN) {
                s = TO_LATIN.transliterate(s).toLowerCase(Locale.ROOT);
            }
        }
        s = s.replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}

package org.factline.knowledge.corpus;

import java.text.Normalizer;
import java.util.Locale;

import org.factline.model.Analysis;
import org.factline.model.Article;
import org.factline.model.Entity;
import org.factline.model.Claim;

/**
 * Who says something: a speaker (with a knowledge-base id when linked) or the outlet itself, and the
 * party it speaks for. Two sources with no id are the same when their names fold to the same letters.
 *
 * @param name     the canonical name, or the outlet's name (or "narrator") when the outlet states it
 * @param entityId the speaker's entity, or null
 * @param party    the key of the side it speaks for: a party entity id, or the folded name
 * @param narrator whether the outlet states it as fact
 */
public record Source(String name, String entityId, String party, boolean narrator) {

    static Source of(Claim.Speaker speaker, Analysis analysis, Parties parties) {
        Article article = analysis.article();
        if (speaker == null) {
            String outlet = article.outlet() == null || article.outlet().isBlank() ? "narrator" : article.outlet();
            return new Source(outlet, null, "outlet:" + fold(outlet), true);
        }
        String id = speaker.entityId();
        if (id == null) {
            // a speaker the claim layer named without its id: the article's entity of that name, if any
            String folded = folded(speaker.name());
            id = analysis.entities().stream().filter(e -> folded(e.name()).equals(folded)).map(Entity::id).findFirst().orElse(null);
        }
        String party = id == null ? "name:" + folded(speaker.name()) : parties.of(id);
        return new Source(speaker.name(), id, party, false);
    }

    /** Whether two sources speak for the same side: the same party, or the same name when ids differ. */
    public boolean sameSide(Source o) {
        return party.equals(o.party) || folded(name).equals(folded(o.name));
    }

    /** The folded names of sources seen so far: sides are compared millions of times in a corpus. */
    private static final Remembered<String, String> FOLDED = new Remembered<>(100_000, Source::fold);

    /** {@link #fold}, remembered. */
    static String folded(String name) {
        return FOLDED.get(name);
    }

    /**
     * Whether the source is someone a reader can hold to their words: the outlet, an entity, or a name
     * ("Civic Monitor"). A bare role the text did not resolve ("minister", "officials") is not: it may be
     * any party, so it is never a side of a disagreement.
     */
    public boolean identified() {
        return narrator || entityId != null || !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /** Lower case, accents and punctuation gone: "Séoul" and "seoul" fold alike. */
    static String fold(String s) {
        String ascii = foldAscii(s);
        if (ascii != null) {
            return ascii;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * {@link #fold} of a text in ASCII, without regular expressions (it is asked for at every comparison of two
     * sources): letters and digits kept in lower case, every run of anything else one space, none at the ends. Null
     * for any other text.
     */
    private static String foldAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }
}

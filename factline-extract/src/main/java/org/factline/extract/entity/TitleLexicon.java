package org.factline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.factline.extract.kb.Role;
import org.factline.model.lang.DataFile;
import org.factline.model.lang.Folding;

/**
 * Titles that name a person by office, per language ({@code lang/<code>/titles.tsv}): "le président
 * russe", "le maître du Kremlin", "the Ukrainian president". A title has at most one slot, a demonym
 * ({@code {DEM}}) or a country name ({@code {COUNTRY}}), or names its country outright.
 *
 * @param titles the titles of one language
 */
record TitleLexicon(List<Title> titles) {

    enum Slot { NONE, DEMONYM, COUNTRY }

    /**
     * One title pattern, folded (lower case, no accents, straight apostrophes).
     *
     * @param role    the office
     * @param before  the words before the slot (the whole title when there is no slot)
     * @param slot    what the slot holds
     * @param after   the words after the slot
     * @param country the country, when the title names it itself ("maître du Kremlin" → RU)
     */
    record Title(Role role, String before, Slot slot, String after, String country) {
    }

    static TitleLexicon load(String lang) {
        List<Title> titles = new ArrayList<>();
        List<DataFile.Line> lines = DataFile.linesIfPresent("lang/" + lang + "/titles.tsv");
        for (DataFile.Line line : lines == null ? List.<DataFile.Line>of() : lines) {
            String[] f = line.text().split("\t");
            if (f.length < 2) {
                throw line.malformed("expected role<TAB>pattern[<TAB>country]");
            }
            Role role = Role.fromId(f[0].strip()).orElseThrow(() -> line.malformed("unknown role " + f[0]));
            String pattern = Folding.fold(f[1].strip());
            String country = f.length > 2 && !f[2].isBlank() ? f[2].strip() : null;
            Slot slot = pattern.contains("{dem}") ? Slot.DEMONYM : pattern.contains("{country}") ? Slot.COUNTRY : Slot.NONE;
            if (slot == Slot.NONE) {
                if (country == null) {
                    throw line.malformed("a title without a slot must name its country");
                }
                titles.add(new Title(role, pattern, slot, "", country));
            } else {
                String marker = slot == Slot.DEMONYM ? "{dem}" : "{country}";
                int at = pattern.indexOf(marker);
                titles.add(new Title(role, pattern.substring(0, at), slot, pattern.substring(at + marker.length()), country));
            }
        }
        return new TitleLexicon(List.copyOf(titles));
    }
}

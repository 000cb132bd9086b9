package org.factline.extract.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factline.model.lang.DataFile;
import org.junit.jupiter.api.Test;

class TagTableTest {

    private static final TagTable PENN = TagTable.of(List.of(
            line(1, "VBD\t*\tVERB"), line(2, "VBD\taux\tAUX"), line(3, "IN\tADP"), line(4, "IN\tmark\tSCONJ")), "X");

    @Test
    void aRowForTheTokensRelationWinsOverTheRowForAnyRelation() {
        assertThat(PENN.map("VBD", "ccomp")).isEqualTo("VERB");
        assertThat(PENN.map("VBD", "aux")).isEqualTo("AUX");
        assertThat(PENN.map("IN", "mark")).isEqualTo("SCONJ");
        assertThat(PENN.map("IN", null)).isEqualTo("ADP");
    }

    @Test
    void aTagNotInTheTableTakesTheTablesDefaultOrStaysAsItIs() {
        assertThat(PENN.map("ZZ", "dep")).isEqualTo("X");
        assertThat(TagTable.of(List.of(line(1, "I-PER\tPERSON")), null).map("COUNTRY", null)).isEqualTo("COUNTRY");
        assertThat(TagTable.identity().map("PROPN", "nsubj")).isEqualTo("PROPN");
    }

    @Test
    void everyShippedLanguageTableReads() {
        assertThat(LanguageProfile.load("en").orElseThrow().posTags().map("MD", "aux")).isEqualTo("AUX");
        assertThat(LanguageProfile.load("fr").orElseThrow().nerTags().map("I-LOC", null)).isEqualTo("LOCATION");
        assertThat(LanguageProfile.load("de")).isEmpty();
        assertThat(LanguageProfile.load("../fr")).isEmpty();
    }

    @Test
    void aMalformedRowIsNamedWithItsLine() {
        assertThatThrownBy(() -> TagTable.of(List.of(line(7, "VBD")), "X")).hasMessageContaining("pos-tags.tsv:7");
    }

    private static DataFile.Line line(int number, String text) {
        return new DataFile.Line("pos-tags.tsv", number, text);
    }
}

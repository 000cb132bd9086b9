package org.factline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpTaggerTest {

    @Test
    void frenchTokensGetOneBioLabelEachEvenWhereCoreNlpSplitsAContraction() {
        List<List<String>> sentences = List.of(
                List.of("Volodymyr", "Zelensky", "a", "parlé", "au", "président", "Emmanuel", "Macron", "à", "Paris", "."),
                List.of("L'", "ONU", "siège", "à", "New", "York", "."));
        List<List<String>> labels = NerTaggers.create("corenlp").orElseThrow().tag(sentences, "fr");
        assertThat(labels.get(0)).containsExactly(
                "B-PER", "I-PER", "O", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O");
        assertThat(labels.get(1)).hasSize(7);
        assertThat(labels.get(1).subList(4, 6)).containsExactly("B-LOC", "I-LOC");
    }

    @Test
    void aLanguageWithoutModelsIsRefusedByNameAndAnUnknownTaggerIsAbsent() {
        assertThatThrownBy(() -> new CoreNlpTagger().tag(List.of(List.of("Berlin")), "de"))
                .hasMessageContaining("'de'");
        assertThat(NerTaggers.create("no-such-tagger")).isEmpty();
        assertThat(NerTaggers.names()).contains("corenlp");
    }
}

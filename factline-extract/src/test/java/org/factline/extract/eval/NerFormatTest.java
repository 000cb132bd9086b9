package org.factline.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerFormatTest {

    @TempDir
    Path dir;

    @Test
    void iob2SentencesAreSeparatedByBlankLinesAndCommentsAreSkipped() throws Exception {
        Path file = write("dev.iob2", """
                # sent_id = answers-1
                # text = Flights from Tampa Bay to Kyiv
                1\tFlights\tO\t-\t-
                2\tfrom\tO\t-\t-
                3\tTampa\tB-LOC\t-\tstephen
                4\tBay\tI-LOC\t-\tstephen
                5\tto\tO\t-\t-
                6\tKyiv\tB-LOC\t-\t-

                # sent_id = answers-2
                1\t#\tO\t-\t-
                2\tZelensky\tB-PER\t-\t-
                """);
        List<NerSentence> sentences = NerFormat.IOB2.read(file);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.getFirst().tokens()).containsExactly("Flights", "from", "Tampa", "Bay", "to", "Kyiv");
        assertThat(sentences.getFirst().labels()).containsExactly("O", "O", "B-LOC", "I-LOC", "O", "B-LOC");
        assertThat(sentences.get(1).tokens()).containsExactly("#", "Zelensky");
    }

    @Test
    void conllFilesOfThreeColumnsAndOfTenColumnsGiveTheirLabels() throws Exception {
        Path three = write("val.conllu", "0\tLe\tO\n1\tKremlin\tB-ORG\n\n0\tÀ\tO\n1\tGenève\tB-LOC\n");
        assertThat(NerFormat.CONLL.read(three)).extracting(NerSentence::labels)
                .containsExactly(List.of("O", "B-ORG"), List.of("O", "B-LOC"));
        Path ten = write("ud.conllu", """
                1-2\tdu\t_\t_\t_\t_\t_\t_\t_\t_
                1\tde\tde\tADP\t_\t_\t3\tcase\t_\t_
                2\tle\tle\tDET\t_\t_\t3\tdet\t_\t_
                3\tKremlin\tKremlin\tPROPN\t_\t_\t0\troot\t_\tNER=B-ORG|SpaceAfter=No
                """);
        NerSentence sentence = NerFormat.CONLL.read(ten).getFirst();
        assertThat(sentence.tokens()).containsExactly("de", "le", "Kremlin");
        assertThat(sentence.labels()).containsExactly("O", "O", "B-ORG");
    }

    @Test
    void hipeSentencesEndAtEndOfSentenceAndAtEachDocumentWithTypesMapped() throws Exception {
        Path file = write("newseye.tsv", """
                TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC
                # hipe2022:document_id = dev_fr_1
                # hipe2022:language = fr
                M\tB-PER\t_\tB-PER\t_\t_\tO\t_\t_\tNoSpaceAfter
                .\tI-PER\t_\tI-PER\t_\t_\tO\t_\t_\t_
                Poincaré\tI-PER\t_\tI-PER\t_\t_\tO\t_\t_\t_
                lit\tO\t_\tO\t_\t_\tO\t_\t_\t_
                Le\tB-HumanProd\t_\tO\t_\t_\tO\t_\t_\t_
                Temps\tI-HumanProd\t_\tO\t_\t_\tO\t_\t_\tNoSpaceAfter
                .\tO\t_\tO\t_\t_\tO\t_\t_\tEndOfSentence
                ###\tO\t_\tO\t_\t_\tO\t_\t_\t_
                # hipe2022:document_id = dev_fr_2
                Paris\tB-loc\t_\tO\t_\t_\tO\t_\t_\t_
                1923\tB-time\t_\tO\t_\t_\tO\t_\t_\tEndOfSentence
                """);
        List<NerSentence> sentences = NerFormat.HIPE.read(file);
        assertThat(sentences).extracting(NerSentence::tokens).containsExactly(
                List.of("M", ".", "Poincaré", "lit", "Le", "Temps", "."), List.of("###"), List.of("Paris", "1923"));
        assertThat(sentences.getFirst().labels()).containsExactly("B-PER", "I-PER", "I-PER", "O", "B-MISC", "I-MISC", "O");
        assertThat(sentences.get(2).labels()).containsExactly("B-LOC", "O");
    }

    @Test
    void anUnknownEntityTypeIsNamedWithItsLine() throws Exception {
        Path file = write("odd.iob2", "1\tParis\tB-GPE\n");
        assertThatThrownBy(() -> NerFormat.IOB2.read(file))
                .hasMessageContaining("odd.iob2:1").hasMessageContaining("'GPE'");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}

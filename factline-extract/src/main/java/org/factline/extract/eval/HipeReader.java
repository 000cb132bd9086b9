package org.factline.extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads HIPE-2022 TSV: a header row naming the columns, {@code #} lines of document metadata, one token per
 * line. The label is the literal coarse type (NE-COARSE-LIT). The files have no blank lines between
 * sentences: a sentence ends at a token whose MISC column says {@code EndOfSentence}, and at a new document.
 */
final class HipeReader {

    static final String LABEL_COLUMN = "NE-COARSE-LIT";

    private HipeReader() {
    }

    static List<NerSentence> read(Path file) throws IOException {
        List<NerSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (header == null && line.startsWith("TOKEN\t")) {
                    header = Arrays.asList(line.split("\t"));
                    continue;
                }
                if (line.isBlank() || line.startsWith("# hipe2022:document_id")) {
                    ColumnNerReader.flush(sentences, tokens, labels);
                    continue;
                }
                // Metadata lines start with "# "; "#" and "###" are also tokens of the OCRed text.
                if (line.startsWith("# ")) {
                    continue;
                }
                String where = file.getFileName() + ":" + number;
                if (header == null) {
                    throw new IllegalArgumentException(where + ": no header row (TOKEN, " + LABEL_COLUMN + ", …) before the first token");
                }
                String[] f = line.split("\t", -1);
                int label = header.indexOf(LABEL_COLUMN);
                int misc = header.indexOf("MISC");
                if (label < 0 || f.length <= label) {
                    throw new IllegalArgumentException(where + ": no " + LABEL_COLUMN + " column: " + line);
                }
                tokens.add(f[0]);
                labels.add(ScoredTypes.goldLabel(f[label], where));
                if (misc >= 0 && misc < f.length && Arrays.asList(f[misc].split("\\|")).contains("EndOfSentence")) {
                    ColumnNerReader.flush(sentences, tokens, labels);
                }
            }
        }
        ColumnNerReader.flush(sentences, tokens, labels);
        return sentences;
    }
}

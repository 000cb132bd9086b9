package org.factline.extract.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads token-per-line NER data: {@code index TAB token TAB label [TAB …]}, a blank line after each sentence,
 * {@code #} comment lines (UNER's IOB2, WikiNEuRal's three columns). A ten-column CoNLL-U line carries its
 * label in the MISC column ({@code NER=B-PER}); its multi-word ranges ({@code 3-4}) and empty nodes
 * ({@code 5.1}) are skipped, the words being what is labelled.
 */
final class ColumnNerReader {

    private ColumnNerReader() {
    }

    static List<NerSentence> read(Path file) throws IOException {
        List<NerSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    flush(sentences, tokens, labels);
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String where = file.getFileName() + ":" + number;
                if (f.length < 3) {
                    throw new IllegalArgumentException(where + ": expected index, token and label separated by tabs: " + line);
                }
                if (f[0].contains("-") || f[0].contains(".")) {
                    continue;
                }
                tokens.add(f[1]);
                labels.add(ScoredTypes.goldLabel(f.length == 10 ? conlluLabel(f[9]) : f[2], where));
            }
        }
        flush(sentences, tokens, labels);
        return sentences;
    }

    private static String conlluLabel(String misc) {
        for (String field : misc.split("\\|")) {
            if (field.startsWith("NER=")) {
                return field.substring(4);
            }
        }
        return "O";
    }

    static void flush(List<NerSentence> sentences, List<String> tokens, List<String> labels) {
        if (!tokens.isEmpty()) {
            sentences.add(new NerSentence(tokens, labels));
            tokens.clear();
            labels.clear();
        }
    }
}

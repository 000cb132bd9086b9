package org.factline.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The formats of annotated NER data that the evaluation reads. */
public enum NerFormat {

    /** Universal NER: {@code index TAB token TAB label …}, {@code #} comment lines, blank line between sentences. */
    IOB2(ColumnNerReader::read),
    /** HIPE-2022 TSV: a header row naming the columns; the label is NE-COARSE-LIT; sentences end at EndOfSentence. */
    HIPE(HipeReader::read),
    /**
     * WikiNEuRal's {@code .conllu}: not CoNLL-U's ten columns but three, {@code index TAB token TAB label}; a
     * real ten-column CoNLL-U file is read too, with the label in the MISC column's {@code NER=} field.
     */
    CONLL(ColumnNerReader::read);

    private final Reader reader;

    NerFormat(Reader reader) {
        this.reader = reader;
    }

    /** The sentences of a file, labels in BIO with types PER, LOC, ORG, MISC. */
    public List<NerSentence> read(Path file) throws IOException {
        return reader.read(file);
    }

    @FunctionalInterface
    private interface Reader {
        List<NerSentence> read(Path file) throws IOException;
    }
}

package org.factline.model.lang;

import java.util.List;

/** The languages Factline can analyse, as listed in the resource {@code lang/languages.txt}. */
public final class Languages {

    private static final List<String> ANALYSABLE = read();

    private Languages() {
    }

    public static List<String> analysable() {
        return ANALYSABLE;
    }

    public static boolean isAnalysable(String code) {
        return ANALYSABLE.contains(code);
    }

    private static List<String> read() {
        return DataFile.lines("lang/languages.txt").stream().map(DataFile.Line::text).toList();
    }
}

package org.factline.ingest.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = Languages.class.getClassLoader().getResourceAsStream("lang/languages.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource lang/languages.txt missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

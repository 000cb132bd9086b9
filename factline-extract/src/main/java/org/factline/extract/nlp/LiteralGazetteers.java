package org.factline.extract.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's TokensRegexNER gazetteers with only their plain-word rows. TokensRegexNER finds plain rows
 * through a word index, but tries every row written as a regular expression at every token; CoreNLP's
 * English KBP gazetteers have 1,200 such rows, which made the English pipeline six times slower. A profile
 * names the mapping properties to filter in {@code factline.literalRowsOnly}; the filtered copies are
 * written once per process to temporary files (TokensRegexNER reads mappings only from files or the class
 * path), shared by every pipeline so that CoreNLP's annotator cache can share the annotator too.
 */
final class LiteralGazetteers {

    static final String PROPERTY = "factline.literalRowsOnly";

    /** What CoreNLP itself takes for a regular expression (ComplexNodePattern.LITERAL_PATTERN's complement). */
    private static final Pattern REGEX_CHARACTER = Pattern.compile("[\\[\\]?.\\\\^$()*+{}|]");

    private static final Map<String, Path> FILTERED = new ConcurrentHashMap<>();

    private LiteralGazetteers() {
    }

    /** The properties with every mapping named in {@link #PROPERTY} pointing to a filtered copy. */
    static Properties apply(Properties properties) {
        String names = properties.getProperty(PROPERTY, "");
        for (String name : names.split(",")) {
            String mapping = properties.getProperty(name.strip());
            if (!name.isBlank() && mapping != null) {
                properties.setProperty(name.strip(), rewrite(mapping));
            }
        }
        return properties;
    }

    /** A mapping is files separated by ";", each with options before it: "ignorecase=true,…,path". */
    private static String rewrite(String mapping) {
        List<String> files = new ArrayList<>();
        for (String entry : mapping.split(";")) {
            String trimmed = entry.strip();
            int comma = trimmed.lastIndexOf(',');
            String options = trimmed.substring(0, comma + 1);
            String path = trimmed.substring(comma + 1);
            files.add(options + FILTERED.computeIfAbsent(path, LiteralGazetteers::filter));
        }
        return String.join(";", files);
    }

    private static Path filter(String resource) {
        try (InputStream in = open(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String base = Path.of(resource).getFileName().toString().replaceAll("\\W+", "-");
            Path copy = Files.createTempFile("factline-" + base + "-", ".tab");
            copy.toFile().deleteOnExit();
            try (BufferedWriter out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    String pattern = tab < 0 ? line : line.substring(0, tab);
                    if (!REGEX_CHARACTER.matcher(pattern).find()) {
                        out.write(line);
                        out.newLine();
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot filter the gazetteer " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = LiteralGazetteers.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            Path file = Path.of(resource);
            if (!Files.isRegularFile(file)) {
                throw new IOException("not on the class path nor a file");
            }
            in = Files.newInputStream(file);
        }
        return resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}

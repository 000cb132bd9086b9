package org.factline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factline.ingest.IngestListener;
import org.factline.ingest.Ingestor;
import org.factline.ingest.read.ReadLimits;
import org.factline.model.Article;

/**
 * The repository's example articles ({@code examples/kursk}, {@code examples/stories}), and as many new articles as a
 * test needs made from them: each a copy with one sentence added, so that it has an id of its own.
 */
public final class ExampleCopies {

    public static final Path KURSK = Path.of("../examples/kursk");
    public static final Path STORIES = Path.of("../examples/stories");

    private ExampleCopies() {
    }

    /** An example article file: its name without {@code .txt}, and its text. */
    public record Example(String name, String text) {

        /** Whether its header says it is in English (the others are in French). */
        public boolean english() {
            return text.lines().takeWhile(l -> !l.isBlank()).anyMatch(l -> l.strip().equals("lang en"));
        }

        /** The article with a sentence numbered {@code n} added: a new article, with a new id. */
        public String copy(int n) {
            // Not "this article was published again": cleaning removes such lines, and the copy would be the original.
            return text.stripTrailing() + "\n\n" + (english() ? "Copy number " + n + "." : "Copie numéro " + n + ".")
                    + "\n";
        }
    }

    /** The {@code .txt} articles of these folders, by name. */
    public static List<Example> of(Path... folders) {
        List<Example> examples = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    examples.add(new Example(f.getFileName().toString().replaceFirst("\\.txt$", ""),
                            Files.readString(f, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return examples;
    }

    /** Writes {@code count} copies of all the examples (Kursk and the stories) into {@code folder}; returns it. */
    public static Path write(Path folder, int count) {
        return write(folder, of(KURSK, STORIES), count);
    }

    /** Writes {@code count} copies of the examples into {@code folder}, one file each, and returns the folder. */
    public static Path write(Path folder, List<Example> examples, int count) {
        try {
            Files.createDirectories(folder);
            for (int n = 0; n < count; n++) {
                Example e = examples.get(n % examples.size());
                Files.writeString(folder.resolve(String.format("%05d-%s.txt", n, e.name())), e.copy(n),
                        StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The articles in {@code folder}, as {@code factline ingest} reads them, by id; a file it cannot read fails the test. */
    public static Map<String, Article> read(Path folder) {
        Map<String, Article> articles = new LinkedHashMap<>();
        new Ingestor(ReadLimits.defaults()).ingest(List.of(folder.toString()), new IngestListener() {
            @Override
            public void article(Article article) {
                articles.put(article.id(), article);
            }

            @Override
            public void failure(String location, String reason) {
                throw new AssertionError(location + ": " + reason);
            }
        });
        return articles;
    }
}

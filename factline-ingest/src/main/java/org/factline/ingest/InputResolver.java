package org.factline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factline.ingest.read.Format;
import org.factline.ingest.read.InputSource;

/**
 * Turns what the user typed into inputs: files as they are, folders walked recursively (article files
 * only, hidden ones skipped, in name order), glob patterns ({@code news/*.jsonl}, {@code 2025/**.html})
 * and {@code -} for standard input. What does not exist is reported, not skipped silently.
 */
public final class InputResolver {

    /** The inputs found, and the arguments that named nothing readable. */
    public record Resolved(List<InputSource> inputs, List<Problem> problems) {
    }

    public record Problem(String argument, String reason) {
    }

    private final InputStream stdin;

    public InputResolver(InputStream stdin) {
        this.stdin = stdin;
    }

    public Resolved resolve(List<String> arguments) {
        List<InputSource> inputs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String arg : arguments) {
            try {
                List<InputSource> found = resolve(arg);
                if (found.isEmpty()) {
                    problems.add(new Problem(arg, Files.isDirectory(Path.of(arg))
                            ? "folder holds no article files (.txt, .jsonl, .html, .xml, .rss, .atom, .warc, .warc.gz)"
                            : "no file matches this pattern"));
                }
                inputs.addAll(found);
            } catch (IOException | UncheckedIOException e) {
                problems.add(new Problem(arg, "cannot read: " + e.getMessage()));
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(new Problem(arg, "not a valid path: " + e.getMessage()));
            }
        }
        return new Resolved(List.copyOf(inputs), List.copyOf(problems));
    }

    private List<InputSource> resolve(String arg) throws IOException {
        if (arg.equals("-")) {
            return List.of(InputSource.of("-", stdin.readAllBytes()));
        }
        Path path = Path.of(arg);
        if (Files.isRegularFile(path)) {
            return List.of(InputSource.of(path));
        }
        if (Files.isDirectory(path)) {
            return walk(path, p -> Format.isArticleFileName(p.getFileName().toString()));
        }
        if (isGlob(arg)) {
            return glob(arg);
        }
        throw new IOException(Files.exists(path) ? "not a regular file" : "no such file or folder");
    }

    private static List<InputSource> walk(Path root, java.util.function.Predicate<Path> accept) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(accept)
                    .sorted()
                    .map(InputSource::of)
                    .toList();
        }
    }

    private static List<InputSource> glob(String pattern) throws IOException {
        // Walk from the longest leading part without wildcards, match the rest.
        String normalised = pattern.replace('\\', '/');
        int firstWildcard = firstWildcard(normalised);
        int slash = normalised.lastIndexOf('/', firstWildcard);
        Path base = slash < 0 ? Path.of(".") : Path.of(normalised.substring(0, Math.max(slash, 1)));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + normalised);
        // Files.walk("news") yields "news/a.jsonl", which a pattern with a folder matches as it is;
        // a bare pattern ("*.txt") is matched against the name relative to the current folder.
        return walk(base, p -> matcher.matches(slash < 0 ? base.relativize(p) : p));
    }

    private static boolean isGlob(String arg) {
        return firstWildcard(arg) < arg.length();
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

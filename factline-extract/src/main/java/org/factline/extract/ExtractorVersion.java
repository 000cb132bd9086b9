package org.factline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.factline.model.Analysis;
import org.factline.time.TimeTagger;

/**
 * The version of the extraction, stored with every analysis so that {@code factline ingest} re-analyses an
 * article exactly when the extraction that analysed it has changed.
 *
 * <p>It is a fingerprint rather than a number bumped by hand, which would be forgotten: {@code extract@}
 * and the first 16 hexadecimal digits of a SHA-256 over
 * <ul>
 *   <li>every class and resource of {@code factline-extract}, {@code factline-time} and
 *       {@code factline-model}: the pipeline's code, the knowledge base, the per-language lexicons, cue
 *       lists, trigger lists and time grammars (each file's path and bytes, in path order, without
 *       {@code META-INF}, so that the classes folder of a development build and the packaged jar give the
 *       same fingerprint);</li>
 *   <li>the file names, hence the versions, of the CoreNLP jars (library and models) and of ICU4J
 *       (transliteration of names into local ids).</li>
 * </ul>
 * Any change to the extraction's code or data changes it, including changes that alter nothing the
 * pipeline outputs (a moved line changes a class's line numbers); a needless re-analysis costs time, a
 * missed one would leave stale layers. A JDK whose compiler writes other bytes changes it too. Upgrading any
 * other library leaves it as it is: {@code factline ingest --reanalyse} forces a new analysis then.
 */
public final class ExtractorVersion {

    /** Jars, by file-name prefix, whose version changes what the pipeline finds. */
    private static final List<String> LIBRARIES = List.of("stanford-corenlp", "icu4j");

    private static volatile String current;

    private ExtractorVersion() {
    }

    /** The fingerprint of the extraction on the class path (computed once, in a few tens of milliseconds). */
    public static String current() {
        String version = current;
        if (version == null) {
            List<Path> code = new ArrayList<>();
            for (Class<?> c : List.of(Pipeline.class, TimeTagger.class, Analysis.class)) {
                code.add(codeSource(c));
            }
            version = of(code, libraries(ExtractorVersion.class.getClassLoader()));
            current = version;
        }
        return version;
    }

    /** The fingerprint of these class folders or jars and these library names. */
    static String of(List<Path> code, List<String> libraries) {
        MessageDigest sha = sha256();
        for (Path location : code) {
            TreeMap<String, byte[]> files = Files.isDirectory(location) ? folder(location) : jar(location);
            files.forEach((name, bytes) -> {
                update(sha, name);
                update(sha, Integer.toString(bytes.length));
                sha.update(bytes);
            });
            update(sha, "--");
        }
        for (String library : new TreeSet<>(libraries)) {
            update(sha, library);
        }
        return "extract@" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** The file names of the {@link #LIBRARIES} jars the class loader sees. */
    static List<String> libraries(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
            for (URL manifest : Collections.list(manifests)) {
                String url = manifest.toString();
                int end = url.indexOf("!/");
                if (!url.startsWith("jar:") || end < 0) {
                    continue;
                }
                String jar = url.substring(url.lastIndexOf('/', end) + 1, end);
                if (LIBRARIES.stream().anyMatch(jar::startsWith)) {
                    names.add(jar);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the libraries on the class path", e);
        }
        return names;
    }

    private static Path codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where the classes of " + c.getName() + " come from", e);
        }
    }

    private static TreeMap<String, byte[]> folder(Path root) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (!name.startsWith("META-INF/")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return files;
    }

    private static TreeMap<String, byte[]> jar(Path path) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = new JarFile(path.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return files;
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package org.factline.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One input to read: a file, or bytes already in memory (standard input, a test fixture).
 *
 * @param name  how the user named it: the path as given, or {@code -} for standard input
 * @param path  the file, or null for in-memory bytes
 * @param bytes the content, or null for a file
 */
public record InputSource(String name, Path path, byte[] bytes) {

    public InputSource {
        if ((path == null) == (bytes == null)) {
            throw new IllegalArgumentException("exactly one of path and bytes must be given");
        }
    }

    public static InputSource of(Path path) {
        return new InputSource(path.toString(), path, null);
    }

    public static InputSource of(String name, byte[] bytes) {
        return new InputSource(name, null, bytes);
    }

    public InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
    }

    public long size() throws IOException {
        return path != null ? Files.size(path) : bytes.length;
    }

    /** Reads the whole input; callers check {@link #size()} against their limit first. */
    public byte[] readAllBytes() throws IOException {
        return path != null ? Files.readAllBytes(path) : bytes;
    }

    /** The file name without directories and without its extensions ({@code a/b/003_x.txt} → {@code 003_x}). */
    public String docName() {
        if (name.equals("-")) {
            return "stdin";
        }
        String file = name;
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        if (slash >= 0) {
            file = file.substring(slash + 1);
        }
        String lower = file.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".warc.gz", ".jsonl.gz", ".json.gz"}) {
            if (lower.endsWith(ext)) {
                return file.substring(0, file.length() - ext.length());
            }
        }
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}

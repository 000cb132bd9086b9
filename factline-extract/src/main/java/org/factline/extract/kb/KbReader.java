package org.factline.extract.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads knowledge-base files into drafts, merging lines that share an id (later files add to earlier ones).
 * A bad line is recorded as a {@link KbProblem} and skipped; the rest of the file is read.
 */
final class KbReader {

    final Map<String, EntityDraft> drafts = new LinkedHashMap<>();
    final List<KbProblem> problems = new ArrayList<>();

    void readResource(String name) {
        InputStream in = KbReader.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("knowledge-base resource missing from the class path: " + name);
        }
        read(name, in);
    }

    void readPath(Path path) {
        try {
            read(path.toString(), Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge-base file " + path + ": " + e.getMessage(), e);
        }
    }

    private void read(String name, InputStream raw) {
        boolean table = name.endsWith(".tsv") || name.endsWith(".tsv.gz");
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (EntityLines.skippable(line)) {
                    continue;
                }
                try {
                    add(table ? PlaceTable.read(line) : EntityLines.read(line));
                } catch (IllegalArgumentException e) {
                    problems.add(new KbProblem(name, number, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge-base file " + name + ": " + e.getMessage(), e);
        }
    }

    private void add(EntityDraft d) {
        EntityDraft known = drafts.get(d.id);
        if (known == null) {
            drafts.put(d.id, d);
        } else {
            known.merge(d);
        }
    }
}

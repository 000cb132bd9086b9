package org.factline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorVersionTest {

    @TempDir
    Path tmp;

    @Test
    void theRunningExtractionHasOneStableFingerprint() {
        String version = ExtractorVersion.current();

        assertThat(version).matches("extract@[0-9a-f]{16}");
        assertThat(ExtractorVersion.of(List.of(), List.of())).isNotEqualTo(version);
    }

    @Test
    void theCoreNlpJarsAndIcuAreCountedByTheirVersionedNames() {
        List<String> libraries = ExtractorVersion.libraries(ExtractorVersion.class.getClassLoader());

        assertThat(libraries).anyMatch(n -> n.matches("stanford-corenlp-[0-9.]+\\.jar"))
                .anyMatch(n -> n.matches("stanford-corenlp-[0-9.]+-models\\.jar"))
                .anyMatch(n -> n.matches("stanford-corenlp-[0-9.]+-models-french\\.jar"))
                .anyMatch(n -> n.startsWith("icu4j-"))
                .allMatch(n -> n.startsWith("stanford-corenlp") || n.startsWith("icu4j"));
    }

    @Test
    void aClassesFolderAndTheJarMadeOfItHaveTheSameFingerprintAndAnyChangeChangesIt() throws IOException {
        Path classes = tmp.resolve("classes");
        write(classes.resolve("org/factline/extract/Pipeline.class"), "bytecode");
        write(classes.resolve("lang/fr/claims/cues.tsv"), "a déclaré\tASSERT\n");
        write(classes.resolve("META-INF/MANIFEST.MF"), "Built-By: someone\n");
        Path jar = tmp.resolve("factline-extract.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Build-Time", "a moment that differs every build");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            entry(out, "lang/", null);
            entry(out, "lang/fr/claims/cues.tsv", "a déclaré\tASSERT\n");
            entry(out, "org/factline/extract/Pipeline.class", "bytecode");
        }
        List<String> libraries = List.of("stanford-corenlp-4.5.10.jar");

        String fromFolder = ExtractorVersion.of(List.of(classes), libraries);

        assertThat(ExtractorVersion.of(List.of(jar), libraries)).isEqualTo(fromFolder);
        assertThat(ExtractorVersion.of(List.of(classes), List.of("stanford-corenlp-4.5.11.jar")))
                .isNotEqualTo(fromFolder);
        write(classes.resolve("lang/fr/claims/cues.tsv"), "a déclaré\tASSERT\na nié\tDENY\n");
        assertThat(ExtractorVersion.of(List.of(classes), libraries)).isNotEqualTo(fromFolder);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void entry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (content != null) {
            OutputStream o = out;
            o.write(content.getBytes(StandardCharsets.UTF_8));
        }
        out.closeEntry();
    }
}

package org.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factline.ingest.read.InputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResolverTest {

    @TempDir
    Path dir;

    private InputResolver resolver(String stdin) {
        return new InputResolver(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    private void touch(String relative) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "text of " + relative);
    }

    @Test
    void folders_are_walked_recursively_in_name_order_keeping_article_files_only() throws Exception {
        touch("b.txt");
        touch("a/z.jsonl");
        touch("a/y.html");
        touch("notes.md");
        touch(".hidden/x.txt");
        touch("a/.x.txt");
        var resolved = resolver("").resolve(List.of(dir.toString()));
        assertThat(resolved.problems()).isEmpty();
        assertThat(resolved.inputs()).extracting(i -> dir.relativize(i.path()).toString())
                .containsExactly("a/y.html", "a/z.jsonl", "b.txt");
    }

    @Test
    void glob_patterns_match_files_and_a_missing_path_is_a_named_problem() throws Exception {
        touch("news/one.jsonl");
        touch("news/two.jsonl");
        touch("news/three.txt");
        var resolved = resolver("").resolve(List.of(dir + "/news/*.jsonl", dir + "/missing.txt", dir + "/news/*.xml"));
        assertThat(resolved.inputs()).extracting(InputSource::docName).containsExactly("one", "two");
        assertThat(resolved.problems()).extracting(InputResolver.Problem::reason)
                .containsExactly("cannot read: no such file or folder", "no file matches this pattern");
    }

    @Test
    void a_dash_reads_standard_input() {
        var resolved = resolver("date 2025-01-01\nHello.").resolve(List.of("-"));
        InputSource stdin = resolved.inputs().getFirst();
        assertThat(stdin.name()).isEqualTo("-");
        assertThat(stdin.docName()).isEqualTo("stdin");
        assertThat(new String(stdin.bytes(), StandardCharsets.UTF_8)).startsWith("date 2025-01-01");
    }

    @Test
    void an_empty_folder_is_a_problem_not_silence() {
        var resolved = resolver("").resolve(List.of(dir.toString()));
        assertThat(resolved.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("no article files"));
    }
}

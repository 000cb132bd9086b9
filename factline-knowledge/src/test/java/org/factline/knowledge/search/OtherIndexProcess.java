package org.factline.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM that keeps an index folder open for writing, as a running {@code factline ingest} would: it
 * indexes the Sudzha article, commits, prints {@code READY <count>}, and keeps the index open until its input ends.
 */
final class OtherIndexProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final Path errors;

    private OtherIndexProcess(Process process, Path errors) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.errors = errors;
    }

    static OtherIndexProcess start(Path folder, Path errors) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OtherIndexProcess.class.getName(), folder.toString());
        return new OtherIndexProcess(new ProcessBuilder(command).redirectError(errors.toFile()).start(), errors);
    }

    String nextLine() throws IOException {
        String line = output.readLine();
        assertThat(line).as("output of the other process; its errors: %s", Files.readString(errors)).isNotNull();
        return line;
    }

    /** Closes its input, which tells it to close the index and exit, and waits for it. */
    void finish() throws IOException, InterruptedException {
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the other process exits").isTrue();
        assertThat(process.exitValue()).as("its exit code; its errors: %s", Files.readString(errors)).isZero();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws IOException {
        try (SearchIndex index = SearchIndex.open(Path.of(args[0]))) {
            index.replace(Corpus.SUDZHA, Corpus.sudzha());
            index.commit();
            System.out.println("READY " + index.count());
            System.out.flush();
            while (System.in.read() >= 0) {
                // The test decides when this process ends.
            }
        }
    }
}

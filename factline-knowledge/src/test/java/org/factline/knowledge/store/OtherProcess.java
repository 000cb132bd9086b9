package org.factline.knowledge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factline.model.Article;

/**
 * Another JVM using the same data folder, as a second {@code factline} command would. Its {@link #main}
 * does what the tests ask of it and reports on its standard output.
 */
final class OtherProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final Path errors;

    private OtherProcess(Process process, Path errors) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.errors = errors;
    }

    /** Starts {@link #main} with these arguments; its error output goes to {@code errors}. */
    static OtherProcess start(Path errors, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                OtherProcess.class.getName()));
        command.addAll(List.of(arguments));
        return new OtherProcess(new ProcessBuilder(command).redirectError(errors.toFile()).start(), errors);
    }

    /** The next line it prints. */
    String nextLine() throws IOException {
        String line = output.readLine();
        assertThat(line).as("output of the other process; its errors: %s", Files.readString(errors)).isNotNull();
        return line;
    }

    /** Closes its input, which tells it to finish, and waits for it to exit normally. */
    void finish() throws IOException, InterruptedException {
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the other process exits").isTrue();
        assertThat(process.exitValue()).as("its exit code; its errors: %s", Files.readString(errors)).isZero();
    }

    /** Kills it at once, as a power cut or {@code kill -9} would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    /**
     * {@code share DIR ID}: stores an article with id ID, prints {@code READY <result> <count>}, and keeps the
     * store open until its input ends.
     * {@code write-uncommitted DIR}: writes the rows of a large article without committing them, prints
     * {@code WRITTEN}, and waits to be killed.
     */
    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        StoreConfig config = StoreConfig.inDataDir(Path.of(args[1]));
        switch (args[0]) {
            case "share" -> {
                try (ArticleStore store = ArticleStore.open(config)) {
                    PutResult result = store.put(Articles.plain(args[2], args[2]));
                    System.out.println("READY " + result + " " + store.count());
                    System.out.flush();
                    awaitEndOfInput();
                }
            }
            case "write-uncommitted" -> {
                Database database = Database.of(config);
                database.migrate();
                Connection connection = database.connect();
                ArticleWriter.insert(connection, large(), Instant.now());
                // H2 writes pending changes to the file in the background about once a second; give it time,
                // so that the crash hits an article that is partly on disk.
                Thread.sleep(2000);
                System.out.println("WRITTEN");
                System.out.flush();
                awaitEndOfInput();
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** An article big enough that H2 cannot keep all of it in memory. */
    static Article large() {
        Article kursk = Articles.kursk();
        String text = kursk.text().repeat(5_000);
        return new Article("large", "large", kursk.source(), kursk.title(), kursk.url(), kursk.outlet(),
                kursk.language(), kursk.published(), text, text, kursk.paragraphs(), kursk.headings(),
                kursk.removed(), kursk.warnings());
    }

    private static void awaitEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // The test decides when this process ends.
        }
    }
}

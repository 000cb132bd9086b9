package org.factline.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small file system of a test's own, mounted on a folder: one that fills up ({@code size=2m}) or that can be made
 * read-only ({@link #remount remount("ro")}). Mounting needs root, and a folder made read-only with chmod is no test
 * when the tests run as root (CI does), which ignores permissions.
 *
 * <p>Without root, or where mounting is not allowed (a container without the capability), the calling test is
 * skipped, unless {@value #REQUIRE_VARIABLE}=1 asks for it to fail instead, as CI does.
 */
final class Tmpfs implements AutoCloseable {

    static final String REQUIRE_VARIABLE = "FACTLINE_REQUIRE_ROOT";

    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code size} ({@code 2m}, {@code 300k}) on {@code dir}, made if needed. */
    static Tmpfs mount(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        if (((Integer) Files.getAttribute(dir, "unix:uid")) != 0) {
            unavailable("the tests do not run as root, and only root can mount a file system");
        }
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        if (failure != null) {
            unavailable("mounting a tmpfs failed: " + failure);
        }
        return new Tmpfs(dir);
    }

    private static void unavailable(String why) {
        if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
            fail(why + ", and " + REQUIRE_VARIABLE + "=1 requires the tests of full and read-only folders to run");
        }
        Assumptions.abort(why + ": skipping the tests of full and read-only folders (" + REQUIRE_VARIABLE
                + "=1 makes this a failure)");
    }

    Path dir() {
        return dir;
    }

    /** Changes how it is mounted: {@code ro}, {@code rw}, {@code size=64m}. */
    void remount(String options) throws IOException, InterruptedException {
        String failure = run("mount", "-o", "remount," + options, dir.toString());
        if (failure != null) {
            throw new IllegalStateException("could not remount " + dir + " with " + options + ": " + failure);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // Lazily if something still has a file open there: the mount must not outlive the test.
        if (run("umount", dir.toString()) != null) {
            String failure = run("umount", "-l", dir.toString());
            if (failure != null) {
                throw new IllegalStateException("could not unmount " + dir + ": " + failure);
            }
        }
    }

    /** Runs a command; null when it succeeded, else its exit code and output. */
    private static String run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("factline-mount", ".log");
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
            return p.exitValue() == 0 ? null : String.join(" ", command) + " exited with " + p.exitValue() + ": "
                    + Files.readString(output, StandardCharsets.UTF_8).strip();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}

package org.factline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The workplace's evaluation data ({@code shared/}: seeds, Wikinews development set), beside the
 * repository. Users clone Factline without it: tests that need it are skipped then, with a message.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or the test is skipped. {@code FACTLINE_SHARED} overrides where it is looked for. */
    public static Path require() {
        String env = System.getenv("FACTLINE_SHARED");
        for (Path candidate : new Path[] {
            env == null ? null : Path.of(env), Path.of("../../shared"), Path.of("../shared"), Path.of("shared")}) {
            if (candidate != null && Files.isDirectory(candidate.resolve("dev/articles"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        Assumptions.abort("../shared (evaluation data) is not beside the repository: skipped");
        return null;
    }
}

package org.factline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a cluster runs it: {@code spark-submit} (its class, {@code SparkSubmit}, which the script
 * calls) on a class path of Spark and its libraries alone, in {@code local[2]}, on the example articles; then
 * {@code factline load} reads what it wrote. Runs after {@code package}, when the jar exists.
 */
class SparkSubmitIT {

    @TempDir
    Path tmp;

    @Test
    void sparkSubmitRunsTheShadedJar() throws IOException, InterruptedException {
        Path jar = Path.of("target", "factline-spark.jar");
        String sparkClasspath = Files.readString(
                Path.of("..", "factline-spark-runtime", "target", "spark-classpath.txt")).strip();
        assertThat(jar).exists();
        assertThat(sparkClasspath).contains("spark-core_2.13").doesNotContain("stanford-corenlp");
        Path out = tmp.resolve("parquet");

        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx4g"));
        command.addAll(List.of(System.getProperty("spark.opens", "").split(" ")));
        command.removeIf(String::isBlank);
        command.addAll(List.of("-cp", sparkClasspath, "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                "--class", "org.factline.spark.SparkExtract", jar.toString(),
                "--out", out.toString(), Path.of("..", "examples", "kursk").toString()));
        Process submit = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("submit.log").toFile()).start();
        boolean ended = submit.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            submit.destroyForcibly();
        }
        String log = Files.readString(tmp.resolve("submit.log"));
        assertThat(ended).as("spark-submit ended within 15 minutes; %s", notInfo(log)).isTrue();
        assertThat(submit.exitValue()).as("spark-submit's exit code (137: killed, as by the kernel out of memory); %s",
                notInfo(log)).isZero();
        assertThat(log).as(notInfo(log)).contains("Read 2 files: 2 articles, 2 analysed, 0 rejected.");
        for (String table : List.of("articles", "tokens", "claims", "events", "quantities", "rejected")) {
            assertThat(out.resolve(table).resolve("_SUCCESS")).exists();
        }

        SparkExtractTest.Result load = SparkExtractTest.factline("load", out.toString(), "--data",
                tmp.resolve("data").toString(), "--no-progress");
        assertThat(load.code()).as(load.err()).isZero();
        assertThat(load.out()).contains("Loaded 2 articles: 2 new, 0 duplicates, 2 analyses stored");
    }

    /**
     * What spark-submit printed besides Spark's INFO lines (hundreds, which would hide the error in a report), at
     * most the last 60 lines of it.
     */
    private static String notInfo(String log) {
        List<String> lines = log.lines().filter(line -> !line.matches("\\d\\d/\\d\\d/\\d\\d [\\d:]+ INFO .*")).toList();
        return "its output without INFO lines (" + lines.size() + " lines):\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

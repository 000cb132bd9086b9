package org.factline.app;

import java.io.PrintStream;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.factline.ingest.read.InputSource;

/**
 * A progress bar over the inputs, or over the articles being analysed, on the terminal only: when standard
 * error is a file or a pipe (CI, scripts), a bar would only fill the log, and the final summary says it all.
 */
final class IngestProgress implements AutoCloseable {

    private final ProgressBar bar;

    private IngestProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar over the inputs, when there are at least two of them. */
    static IngestProgress start(List<InputSource> inputs, PrintStream err, boolean enabled) {
        return start("Reading", inputs.size() < 2 ? 0 : inputs.size(), err, enabled);
    }

    /** A bar named {@code task} over {@code total} steps; none when {@code total} is 0. */
    static IngestProgress start(String task, int total, PrintStream err, boolean enabled) {
        if (!enabled || total < 1 || !Terminal.interactive()) {
            return new IngestProgress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build();
        return new IngestProgress(bar);
    }

    void step(String counts) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(counts);
        }
    }

    /** {@code n} steps at once. */
    void advance(int n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

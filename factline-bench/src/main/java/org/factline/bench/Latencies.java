package org.factline.bench;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Latency of one kind of query: run it many times, each on other input, and give the percentiles in milliseconds.
 * A kind that is slow stops after its time budget (having run at least three times), so that a view that takes
 * minutes at a large size still gets a figure without holding the benchmark for hours.
 */
final class Latencies {

    /**
     * What one kind of query took.
     *
     * @param what what was asked
     * @param n    how many times
     */
    record Row(String what, int n, double p50, double p95, double p99, double max) {

        static String header() {
            return String.format("| %-44s | %5s | %10s | %10s | %10s | %10s |%n|%s|%s|%s|%s|%s|%s|", "query", "n",
                    "p50 ms", "p95 ms", "p99 ms", "max ms", "-".repeat(46), "------:", "-----------:", "-----------:",
                    "-----------:", "-----------:");
        }

        String row() {
            return String.format("| %-44s | %5d | %10s | %10s | %10s | %10s |", what, n, ms(p50), ms(p95), ms(p99),
                    ms(max));
        }

        private static String ms(double v) {
            return v >= 100 ? String.format("%,.0f", v) : v >= 1 ? String.format("%.1f", v) : String.format("%.2f", v);
        }
    }

    private Latencies() {
    }

    /**
     * Runs {@code query} with 0, 1, 2 … up to {@code n} times or until {@code budgetSeconds} have passed (and at least
     * three times), after {@code warmUp} runs that are not counted.
     */
    static Row measure(String what, int n, int warmUp, double budgetSeconds, IntConsumer query) {
        for (int i = 0; i < warmUp; i++) {
            query.accept(n + i);
        }
        long[] nanos = new long[n];
        long start = System.nanoTime();
        int done = 0;
        while (done < n && (done < 3 || System.nanoTime() - start < budgetSeconds * 1e9)) {
            long t = System.nanoTime();
            query.accept(done);
            nanos[done++] = System.nanoTime() - t;
        }
        long[] taken = Arrays.copyOf(nanos, done);
        Arrays.sort(taken);
        return new Row(what, done, percentile(taken, 50), percentile(taken, 95), percentile(taken, 99),
                taken[done - 1] / 1e6);
    }

    /**
     * Runs {@code timed} on what {@code setUp} makes, up to {@code n} times or until {@code budgetSeconds} have passed
     * (and at least once); only {@code timed} is timed. For work that a value keeps once done, measured on a new
     * value each time.
     */
    static <T> Row measureFresh(String what, int n, double budgetSeconds, IntFunction<T> setUp, Consumer<T> timed) {
        long[] nanos = new long[n];
        long spent = 0;
        int done = 0;
        while (done < n && (done < 1 || spent < budgetSeconds * 1e9)) {
            T value = setUp.apply(done);
            long t = System.nanoTime();
            timed.accept(value);
            nanos[done++] = System.nanoTime() - t;
            spent += nanos[done - 1];
        }
        long[] taken = Arrays.copyOf(nanos, done);
        Arrays.sort(taken);
        return new Row(what, done, percentile(taken, 50), percentile(taken, 95), percentile(taken, 99),
                taken[done - 1] / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}

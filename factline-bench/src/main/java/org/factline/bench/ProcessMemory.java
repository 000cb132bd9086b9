package org.factline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's resident memory as Linux counts it ({@code /proc/self/status}): heap, code, metaspace, mapped files. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The most resident memory the process has had ({@code VmHWM}), e.g. "2,345 MB"; "?" where Linux does not say. */
    static String peakRss() {
        return field("VmHWM:");
    }

    private static String field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    long kb = Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
                    return String.format("%,d MB", kb >> 10);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "?";
        }
        return "?";
    }
}

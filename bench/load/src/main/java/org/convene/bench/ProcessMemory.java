package org.convene.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The highest resident memory seen of one process (Linux), sampled while a benchmark runs. */
final class ProcessMemory {

    private final Path status;
    private volatile long peakKb;

    ProcessMemory(long pid) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
    }

    void sample() {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peakKb = Math.max(peakKb, kb);
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // The process ended or is not ours to read: keep what was seen.
        }
    }

    long peakMb() {
        return peakKb / 1024;
    }
}

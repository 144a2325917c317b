package dev.faultline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of every thread of this process, native ones included (JIT compilers, GC workers), read from Linux's
 * {@code /proc/self/task}; for the frame bench's trace only. Elsewhere it reads nothing.
 */
final class ThreadTimes {

    /** Clock ticks per second of /proc's utime and stime; 100 on Linux. */
    private static final double TICK_MS = 10;

    private ThreadTimes() {
    }

    /** Thread name (numbered when names repeat) to CPU ticks. */
    static Map<String, Long> read() {
        Map<String, Long> times = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close) + "#" + task.getFileName();
                    String[] fields = stat.substring(close + 2).split(" ");
                    times.put(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException e) {
                    // The thread ended while being read.
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return times;
    }

    /** Threads that used CPU between two readings, busiest first, in milliseconds. */
    static String delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> used.put(e.getKey(), e.getValue()));
        StringBuilder b = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> e : used.entrySet()) {
            b.append(e.getKey().replaceAll("#\\d+$", "")).append('=').append(Math.round(e.getValue() * TICK_MS))
                    .append(' ');
            total += e.getValue();
        }
        return b.append("total=").append(Math.round(total * TICK_MS)).toString();
    }
}

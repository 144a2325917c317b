package dev.faultline.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code --startup-bench N}: the start-up harness. Starts N fresh JVMs of a bare JavaFX window ({@link BareWindow}) and
 * N of the app, alternating so a busy machine weighs on both alike, each timing process start to its first frame
 * ({@link FirstFrameProbe}); prints each run, the medians, their ratio and the machine's load. Needs a display. The
 * runs get this JVM's options, so {@code -Dfaultline.firstFrame.complete=true} here times the app's complete window
 * instead of its light first frame, and {@code -XX:SharedArchiveFile=…} gives both windows the same CDS archive.
 */
final class StartupBenchCommand {

    private StartupBenchCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int n;
        try {
            n = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        } catch (NumberFormatException e) {
            err.println("faultline: --startup-bench takes a number of runs, not '" + args[1] + "'");
            return 2;
        }
        String launcher = ProcessHandle.current().info().command().orElse("java");
        List<String> jvm = new ArrayList<>(java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments().stream().filter(a -> !a.startsWith("-agentlib")).toList());
        String cp = System.getProperty("java.class.path");
        List<Long> bare = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        out.println("load before: " + load());
        try {
            for (int i = 0; i < n; i++) {
                long b = once(launcher, jvm, cp, "--bare-window");
                long a = once(launcher, jvm, cp, null);
                bare.add(b);
                app.add(a);
                out.printf(Locale.ROOT, "run %d: bare %d ms, app %d ms%n", i + 1, b, a);
            }
        } catch (IOException | InterruptedException e) {
            err.println("faultline: a run failed: " + e.getMessage());
            return 1;
        }
        long mb = median(bare);
        long ma = median(app);
        out.printf(Locale.ROOT, "median to first frame: bare %d ms, app %d ms, app/bare %.2f (%d runs each)%n", mb,
                ma, (double) ma / mb, n);
        out.println("load after: " + load());
        return 0;
    }

    private static long once(String java, List<String> jvm, String cp, String mode)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvm);
        cmd.add("-D" + FirstFrameProbe.PROPERTY + "=true");
        cmd.add("-Dfaultline.warmup=false");
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add(Main.class.getName());
        if (mode != null) {
            cmd.add(mode);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long ms = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(FirstFrameProbe.PREFIX)) {
                    ms = Long.parseLong(line.substring(FirstFrameProbe.PREFIX.length()).trim());
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (ms < 0) {
            throw new IOException("no first frame from " + (mode == null ? "the app" : "the bare window"));
        }
        return ms;
    }

    private static long median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The 1, 5 and 15 minute load averages, as uptime shows them. */
    private static String load() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(3)
                    .reduce((a, b) -> a + " " + b).orElse("?");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

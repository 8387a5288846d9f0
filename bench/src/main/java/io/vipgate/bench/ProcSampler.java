package io.vipgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * CPU and memory from {@code /proc}: the application's (by PID), PostgreSQL's and Redis' (every process of that
 * name, summed) and the benchmark's own, so that a step shows where the two cores went.
 */
public final class ProcSampler {

    /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final double TICKS = 100.0;

    /** CPU used between {@link #start} and {@link #stop}, in percent of one core (200 = both cores busy). */
    public record Usage(double appCpu, double postgresCpu, double redisCpu, double benchCpu, double appRssMb,
                        double machineCpu) {
    }

    private final long appPid;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "proc-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private long startedNanos;
    private long[] startTicks;
    private final AtomicLong maxRssKb = new AtomicLong();
    private ScheduledFuture<?> sampling;

    public ProcSampler(long appPid) {
        this.appPid = appPid;
    }

    public synchronized void start() {
        startedNanos = System.nanoTime();
        startTicks = ticks();
        maxRssKb.set(rssKb(appPid));
        sampling = timer.scheduleAtFixedRate(() -> maxRssKb.accumulateAndGet(rssKb(appPid), Math::max),
                250, 250, TimeUnit.MILLISECONDS);
    }

    public synchronized Usage stop() {
        sampling.cancel(false);
        long[] end = ticks();
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        double[] percent = new double[end.length];
        for (int i = 0; i < end.length; i++) {
            percent[i] = round1((end[i] - startTicks[i]) / TICKS / seconds * 100);
        }
        maxRssKb.accumulateAndGet(rssKb(appPid), Math::max);
        return new Usage(percent[0], percent[1], percent[2], percent[3], round1(maxRssKb.get() / 1024.0), percent[4]);
    }

    /** Resident set size of a process in KiB, 0 when it is gone. */
    public static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }

    private long[] ticks() {
        long postgres = 0;
        long redis = 0;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String comm = read(entry.resolve("comm"));
                if (comm.startsWith("postgres")) {
                    postgres += cpuTicks(entry);
                } else if (comm.startsWith("redis-server")) {
                    redis += cpuTicks(entry);
                }
            }
        } catch (IOException ignored) {
            // a missing /proc leaves the sums at 0
        }
        return new long[] {cpuTicks(Path.of("/proc/" + appPid)), postgres, redis,
                cpuTicks(Path.of("/proc/self")), machineTicks()};
    }

    /** utime + stime of a process, 0 when it is gone. */
    static long cpuTicks(Path process) {
        String stat = read(process.resolve("stat"));
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return 0;
        }
        String[] fields = stat.substring(end + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Busy ticks of the whole machine (all cores), from the first line of {@code /proc/stat}. */
    private static long machineTicks() {
        List<String> fields = List.of(read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu").trim().split("\\s+"));
        long busy = 0;
        for (int i = 1; i < fields.size() && i <= 8; i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields.get(i));
            }
        }
        return busy;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path).trim();
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

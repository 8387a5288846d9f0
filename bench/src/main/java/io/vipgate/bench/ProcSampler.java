package io.vipgate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private Map<Long, Long> startPostgres;
    private Map<Long, Long> startRedis;
    private final AtomicLong maxRssKb = new AtomicLong();
    private ScheduledFuture<?> sampling;

    public ProcSampler(long appPid) {
        this.appPid = appPid;
    }

    public synchronized void start() {
        startedNanos = System.nanoTime();
        startTicks = ticks();
        startPostgres = ticksByPid("postgres");
        startRedis = ticksByPid("redis-server");
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
        percent[1] = round1(used(startPostgres, ticksByPid("postgres")) / TICKS / seconds * 100);
        percent[2] = round1(used(startRedis, ticksByPid("redis-server")) / TICKS / seconds * 100);
        maxRssKb.accumulateAndGet(rssKb(appPid), Math::max);
        return new Usage(percent[0], percent[1], percent[2], percent[3], round1(maxRssKb.get() / 1024.0), percent[4]);
    }

    /** Resident set size of a process in KiB, 0 when it is gone. */
    public static long rssKb(long pid) {
        return statusKb(pid, "VmRSS:");
    }

    /**
     * One part of the resident set in KiB ({@code RssAnon:} the heap and other private memory, {@code RssFile:} the
     * pages of mapped files such as a native executable's own code and image heap), 0 when the process is gone.
     */
    public static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }

    private long[] ticks() {
        return new long[] {cpuTicks(Path.of("/proc/" + appPid)), 0, 0, cpuTicks(Path.of("/proc/self")), machineTicks()};
    }

    /**
     * Ticks used by processes named {@code name} between two readings. Counted per process, so that a backend that
     * ended meanwhile (PostgreSQL starts and ends one per connection) cannot make the sum go down.
     */
    static long used(Map<Long, Long> before, Map<Long, Long> after) {
        long used = 0;
        for (Map.Entry<Long, Long> process : after.entrySet()) {
            used += Math.max(0, process.getValue() - before.getOrDefault(process.getKey(), 0L));
        }
        return used;
    }

    /** utime + stime of every process whose name starts with {@code name}, by PID. */
    private static Map<Long, Long> ticksByPid(String name) {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (read(entry.resolve("comm")).startsWith(name)) {
                    ticks.put(Long.parseLong(entry.getFileName().toString()), cpuTicks(entry));
                }
            }
        } catch (IOException ignored) {
            // a missing /proc leaves the map empty
        }
        return ticks;
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

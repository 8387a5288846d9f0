package io.vipgate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The application under test, as a separate {@code java -jar quarkus-run.jar} process, or a native executable, with
 * its own log file.
 */
public final class App implements AutoCloseable {

    /** Variables the application reads; removed from the inherited environment so that only ours apply. */
    private static final List<String> OWN_VARIABLES = List.of("BOT_TOKEN", "ADMIN_IDS", "VIP_CHANNEL_ID",
            "FREE_CHANNEL_ID", "DATABASE_URL", "REDIS_URL", "PUBLIC_URL", "RAILWAY_PUBLIC_DOMAIN", "WEBHOOK_SECRET",
            "PORT", "TELEGRAM_API_URL", "CACHE_VERSION", "DEFAULT_LOCALE", "DB_POOL_SIZE", "MANAGEMENT_PORT",
            "JAVA_TOOL_OPTIONS", "QUARKUS_PROFILE");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final int managementPort;
    private final Path log;

    private App(Process process, long startedNanos, int port, int managementPort, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /**
     * What to start: the java binary, JVM options, the jar and the environment on top of the defaults; for a native
     * executable, {@code java} is the executable, {@code jvmOptions} its run-time options and {@code jar} null.
     */
    public record Launch(Path java, List<String> jvmOptions, Path jar, Map<String, String> env, Path log) {

        public static Launch nativeExecutable(Path executable, List<String> options, Map<String, String> env, Path log) {
            return new Launch(executable, options, null, env, log);
        }

        public boolean isNative() {
            return jar == null;
        }

        public Launch withEnv(Map<String, String> more) {
            Map<String, String> merged = new LinkedHashMap<>(env);
            merged.putAll(more);
            return new Launch(java, jvmOptions, jar, merged, log);
        }

        public Launch withoutEnv(String name) {
            Map<String, String> less = new LinkedHashMap<>(env);
            less.remove(name);
            return new Launch(java, jvmOptions, jar, less, log);
        }

        public Launch withJvmOptions(List<String> more) {
            List<String> all = new ArrayList<>(jvmOptions);
            all.addAll(more);
            return new Launch(java, all, jar, env, log);
        }

        public Launch withLog(Path other) {
            return new Launch(java, jvmOptions, jar, env, other);
        }
    }

    public static App start(Launch launch) throws IOException {
        for (String variable : List.of("PORT", "MANAGEMENT_PORT")) {
            requireFree(Integer.parseInt(launch.env().get(variable)), variable);
        }
        List<String> command = new ArrayList<>();
        command.add(launch.java().toString());
        command.addAll(launch.jvmOptions());
        if (!launch.isNative()) {
            command.add("-jar");
            command.add(launch.jar().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.log().toFile()))
                .directory((launch.isNative() ? launch.java() : launch.jar()).getParent().toFile());
        OWN_VARIABLES.forEach(builder.environment()::remove);
        builder.environment().putAll(launch.env());
        long started = System.nanoTime();
        Process process = builder.start();
        // A benchmark stopped early (timeout, Ctrl-C) must not leave the application running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return new App(process, started, Integer.parseInt(launch.env().get("PORT")),
                Integer.parseInt(launch.env().getOrDefault("MANAGEMENT_PORT", "9000")), launch.log());
    }

    /** Another process on our port would answer our readiness polls and take our load: refuse to start beside it. */
    private static void requireFree(int port, String variable) throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("0.0.0.0", port));
        } catch (java.net.BindException taken) {
            throw new IOException(variable + " " + port + " is already taken by another process; pick another with --"
                    + variable.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "=N");
        }
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** Polls readiness every 5 ms; returns the time from process start to the first UP, or fails. */
    public Duration awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the application was not ready within " + limit + "; see " + log);
    }

    public boolean ready() {
        return get(port, "/q/health/ready").statusCode() == 200;
    }

    /** A GET on the application; status 0 when it could not be reached. */
    public Reply get(int onPort, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(0, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "interrupted");
        }
    }

    public String metrics() {
        return get(managementPort, "/q/metrics").body();
    }

    /** The series of one Prometheus metric summed by the value of one label, e.g. requests by {@code result}. */
    public Map<String, Long> metricBy(String metric, String label) {
        Map<String, Long> sums = new TreeMap<>();
        String labelStart = label + "=\"";
        metrics().lines().filter(line -> line.startsWith(metric + "{") && line.contains(labelStart)).forEach(line -> {
            int at = line.indexOf(labelStart) + labelStart.length();
            sums.merge(line.substring(at, line.indexOf('"', at)),
                    (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Long::sum);
        });
        return sums;
    }

    public String readiness() {
        return get(port, "/q/health/ready").body();
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** A status and body. */
    public record Reply(int statusCode, String body) {
    }
}

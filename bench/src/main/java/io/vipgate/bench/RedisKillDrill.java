package io.vipgate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redis killed under load: a private redis-server (never the shared one) serves the application; 10 s into a 40 s
 * run at 300 updates/s it gets SIGKILL, 10 s later it starts again, empty. No update may fail, readiness must stay
 * UP throughout, and the circuit breaker must open and later close again.
 */
final class RedisKillDrill {

    private static final Pattern BREAKER = Pattern.compile("\"breaker\"\\s*:\\s*\"(\\w+)\"");

    private final Harness h;
    private final Map<String, Object> evidence;
    private final int redisPort;

    RedisKillDrill(Harness h, Map<String, Object> evidence) {
        this.h = h;
        this.evidence = evidence;
        this.redisPort = Integer.parseInt(System.getenv().getOrDefault("DRILL_REDIS_PORT", "6390"));
    }

    boolean run() throws Exception {
        Path dir = Files.createTempDirectory("vipgate-drill-redis");
        Process redis = startRedis(dir);
        App.Launch launch = h.launch("drill-redis").withEnv(Map.of("REDIS_URL", "redis://127.0.0.1:" + redisPort));
        List<String> readiness = new ArrayList<>();
        List<String> breakerStates = new ArrayList<>();
        try (App app = h.startApp(launch); Webhook webhook = h.webhook(app, 100)) {
            new Load(h.vertx, webhook).burst(List.of(h.updates.command(Updates.FIRST_USER, "/status")), Duration.ofSeconds(10));
            AtomicBoolean polling = new AtomicBoolean(true);
            long t0 = System.nanoTime();
            Thread poller = Thread.ofPlatform().daemon().start(() -> poll(app, polling, readiness, breakerStates, t0));
            CompletableFuture<Redelivery> load = Drills.redeliver(h, webhook, Duration.ofSeconds(40));
            Thread.sleep(10_000);
            redis.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            double killedAt = (System.nanoTime() - t0) / 1e9;
            System.out.printf("  redis-server on port %d killed (SIGKILL) at t=%.1fs%n", redisPort, (System.nanoTime() - t0) / 1e9);
            Thread.sleep(10_000);
            redis = startRedis(dir);
            System.out.printf("  redis-server on port %d started again at t=%.1fs%n", redisPort, (System.nanoTime() - t0) / 1e9);
            Redelivery done = load.get(120, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!lastIs(breakerStates, "closed") && System.nanoTime() < deadline) {
                new Load(h.vertx, webhook).burst(List.of(h.updates.command(Updates.FIRST_USER + 1, "/status")),
                        Duration.ofSeconds(5));
                Thread.sleep(500);
            }
            polling.set(false);
            poller.join(2000);
            Map<String, Object> tally = done.tally();
            evidence.put("updates", tally);
            evidence.put("breakerStates", breakerStates);
            long notReady = readiness.stream().filter(status -> !status.equals("200")).count();
            boolean ok = Drills.check(evidence, "no failed update", done.firstTryFailures() == 0
                    && (long) tally.get("notDelivered") == 0, tally.get("answersByStatus"));
            ok &= Drills.check(evidence, "every update handled exactly once", (long) tally.get("neverHandled") == 0
                    && (long) tally.get("handledMoreThanOnce") == 0, "once " + tally.get("handledOnce") + ", never "
                    + tally.get("neverHandled") + ", more " + tally.get("handledMoreThanOnce"));
            ok &= Drills.check(evidence, "readiness stayed UP", notReady == 0 && !readiness.isEmpty(),
                    readiness.size() + " polls, " + notReady + " not 200");
            boolean openedAfterKill = breakerStates.stream().filter(s -> s.startsWith("open@"))
                    .anyMatch(s -> Double.parseDouble(s.substring(5, s.length() - 1)) >= killedAt - 0.5);
            ok &= Drills.check(evidence, "breaker opened after the kill, then closed", openedAfterKill
                    && lastIs(breakerStates, "closed"), breakerStates + String.format(" (killed at %.1fs)", killedAt));
            evidence.put("verdict", ok ? "no failed update, readiness UP, breaker opened and closed"
                    : "see the failed checks above");
            return ok;
        } finally {
            redis.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private Process startRedis(Path dir) throws Exception {
        Process redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        for (int i = 0; i < 50; i++) {
            Process ping = new ProcessBuilder("redis-cli", "-p", String.valueOf(redisPort), "ping").start();
            if (new String(ping.getInputStream().readAllBytes()).contains("PONG")) {
                return redis;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the drill's redis-server did not start on port " + redisPort);
    }

    /** Readiness every 200 ms: its status, and the breaker state (with the time since the load began) when it changes. */
    private static void poll(App app, AtomicBoolean polling, List<String> readiness, List<String> breakerStates,
                             long t0) {
        while (polling.get()) {
            App.Reply reply = app.get(app.port(), "/q/health/ready");
            synchronized (readiness) {
                readiness.add(String.valueOf(reply.statusCode()));
            }
            Matcher breaker = BREAKER.matcher(reply.body());
            if (breaker.find()) {
                synchronized (breakerStates) {
                    if (!lastIs(breakerStates, breaker.group(1))) {
                        breakerStates.add(breaker.group(1) + String.format(java.util.Locale.ROOT, "@%.1fs", (System.nanoTime() - t0) / 1e9));
                    }
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean lastIs(List<String> states, String state) {
        synchronized (states) {
            return !states.isEmpty() && states.get(states.size() - 1).startsWith(state + "@");
        }
    }
}

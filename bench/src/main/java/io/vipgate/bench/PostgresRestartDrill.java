package io.vipgate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL restarted under load, twice: with Redis (scenario 1 as benchmarked: claims in Redis) and without it
 * (claims in {@code processed_update}). 8 s into a 30 s run at 300 updates/s the cluster restarts; the sender
 * redelivers every non-2xx like Telegram. Every update must end up delivered and handled exactly once: one answer
 * with a reply per update id, the application's handled count equal to the ids sent, and every id claimed once in
 * the de-duplication store (Redis keys, or the table for ids taken while the breaker had Redis out of use).
 */
final class PostgresRestartDrill {

    private final Harness h;
    private final Map<String, Object> evidence;

    PostgresRestartDrill(Harness h, Map<String, Object> evidence) {
        this.h = h;
        this.evidence = evidence;
    }

    boolean run() throws Exception {
        boolean ok = true;
        for (boolean withRedis : List.of(true, false)) {
            String mode = withRedis ? "with Redis" : "PostgreSQL only";
            System.out.println("PostgreSQL restart, " + mode);
            Map<String, Object> part = new LinkedHashMap<>();
            evidence.put(mode, part);
            ok &= once(withRedis, part);
        }
        evidence.put("verdict", ok ? "zero lost, zero doubled, every 503 redelivered and handled once, in both modes"
                : "see the failed checks above");
        return ok;
    }

    private boolean once(boolean withRedis, Map<String, Object> part) throws Exception {
        App.Launch launch = h.launch(withRedis ? "drill-pg-redis" : "drill-pg-only");
        if (!withRedis) {
            launch = launch.withoutEnv("REDIS_URL");
        }
        try (App app = h.startApp(launch); Webhook webhook = h.webhook(app, 100)) {
            new Load(h.vertx, webhook).burst(List.of(h.updates.command(Updates.FIRST_USER, "/status")), Duration.ofSeconds(10));
            long handledBefore = Drills.updatesCounted(app, "handled");
            int firstId = h.updates.nextId() + 1;
            CompletableFuture<Redelivery> load = Drills.redeliver(h, webhook, Duration.ofSeconds(30));
            Thread.sleep(8_000);
            long restartStarted = System.nanoTime();
            Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", clusterVersion(), "main",
                    "restart").inheritIO().start();
            boolean restarted = restart.waitFor(60, TimeUnit.SECONDS) && restart.exitValue() == 0;
            part.put("restartSeconds", ProcSampler.round1((System.nanoTime() - restartStarted) / 1e9));
            System.out.println("  PostgreSQL restarted: " + restarted + " in " + part.get("restartSeconds") + " s");
            Redelivery done = load.get(150, TimeUnit.SECONDS);
            int lastId = h.updates.nextId() - 1;
            Map<String, Object> tally = done.tally();
            part.put("updates", tally);
            long sent = (long) (int) tally.get("sent");
            long handled = Drills.updatesCounted(app, "handled") - handledBefore;
            // With Redis, an id is claimed in Redis, or in processed_update while the breaker had Redis out of use.
            long claimed = Claims.anywhere(h, withRedis, firstId, lastId).size();
            String prefix = "[" + (withRedis ? "redis" : "pg-only") + "] ";
            boolean ok = Drills.check(evidence, prefix + "PostgreSQL restarted during the run", restarted,
                    part.get("restartSeconds") + " s");
            ok &= Drills.check(evidence, prefix + "the restart was felt (some answers not 2xx, redelivered)",
                    (long) tally.get("redelivered") > 0, tally.get("answersByStatus"));
            ok &= Drills.check(evidence, prefix + "every update delivered in the end", (long) tally.get("notDelivered") == 0,
                    tally.get("notDelivered") + " of " + sent + " never got a 2xx");
            ok &= Drills.check(evidence, prefix + "zero lost, zero doubled (replies per update id)",
                    (long) tally.get("neverHandled") == 0 && (long) tally.get("handledMoreThanOnce") == 0,
                    "once " + tally.get("handledOnce") + ", never " + tally.get("neverHandled") + ", more than once "
                            + tally.get("handledMoreThanOnce"));
            ok &= Drills.check(evidence, prefix + "application handled count = ids sent", handled == sent,
                    handled + " handled for " + sent + " ids");
            ok &= Drills.check(evidence, prefix + "every id claimed once in the store", claimed == sent,
                    claimed + " ids claimed for " + sent + " sent (" + (withRedis ? "Redis keys and processed_update rows" : "processed_update rows") + ")");
            return ok;
        }
    }

    private static String clusterVersion() throws Exception {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(p -> p.getFileName().toString()).max(String::compareTo)
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster under /etc/postgresql"));
        }
    }
}

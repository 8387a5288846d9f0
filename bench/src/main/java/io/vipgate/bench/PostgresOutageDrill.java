package io.vipgate.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * PostgreSQL taken away from the application for 60 s while Redis stays up: the application reaches PostgreSQL
 * through a loopback {@link TcpProxy}, which 15 s into 100 s of webhook updates at 50/s (two {@code /status} for every
 * free-channel {@code chat_join_request} of a new user) closes every connection and refuses new ones, then passes
 * again. The machine's cluster is never touched, so this runs beside other users of it. The sender redelivers every
 * non-2xx like Telegram. Nothing may be acknowledged without being handled and nothing handled twice: every 2xx
 * carries its reply, every join request is stored, the handled count equals the ids sent, every id claimed and done.
 */
final class PostgresOutageDrill {

    private static final double RATE = 50;
    private static final Duration LOAD = Duration.ofSeconds(100);
    private static final Duration OUTAGE_AFTER = Duration.ofSeconds(15);
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final long JOINERS = 975_000_001L;

    private final Harness h;
    private final Map<String, Object> evidence;

    PostgresOutageDrill(Harness h, Map<String, Object> evidence) {
        this.h = h;
        this.evidence = evidence;
    }

    boolean run() throws Exception {
        System.out.println("PostgreSQL cut for " + OUTAGE.toSeconds() + " s behind a loopback proxy, Redis up");
        Map<String, Object> part = new LinkedHashMap<>();
        evidence.put("outage behind a proxy", part);
        h.db.setFreeChannelWait(600);
        URI database = URI.create(h.settings.jdbcUrl().substring("jdbc:".length()));
        Set<Integer> ids = ConcurrentHashMap.newKeySet();
        AtomicLong joiners = new AtomicLong();
        Redelivery redelivery;
        Readiness readiness;
        long handled;
        Map<Long, Boolean> claims;
        try (TcpProxy proxy = new TcpProxy(new InetSocketAddress(database.getHost(), database.getPort()))) {
            proxy.start();
            App.Launch launch = h.launch("drill-pg-outage")
                    .withEnv(Map.of("DATABASE_URL", h.db.appUrlVia("127.0.0.1", proxy.port())));
            try (App app = h.startApp(launch); Webhook webhook = h.webhook(app, 100)) {
                new Load(h.vertx, webhook).burst(List.of(h.updates.command(Updates.FIRST_USER, "/status")),
                        Duration.ofSeconds(10));
                long handledBefore = Drills.updatesCounted(app, "handled");
                redelivery = new Redelivery(h.vertx, webhook);
                Supplier<Updates.Update> next = mixed(ids, joiners);
                Redelivery sender = redelivery;
                CompletableFuture<Void> load = CompletableFuture.runAsync(() -> send(sender, next));
                readiness = new Readiness(app);
                Thread.sleep(OUTAGE_AFTER.toMillis());
                long cutAt = System.nanoTime();
                int cut = proxy.cut();
                readiness.mark("cut");
                System.out.printf("  PostgreSQL cut: %d connections closed, new ones refused%n", cut);
                Thread.sleep(OUTAGE.toMillis());
                proxy.restore();
                readiness.mark("restored");
                part.put("outageSeconds", ProcSampler.round1((System.nanoTime() - cutAt) / 1e9));
                part.put("connectionsCut", cut);
                System.out.println("  PostgreSQL passes again after " + part.get("outageSeconds") + " s");
                load.get(LOAD.toSeconds() + 150, TimeUnit.SECONDS);
                Thread.sleep(2_000);
                readiness.stop();
                handled = Drills.updatesCounted(app, "handled") - handledBefore;
                part.put("duplicatesSeen", Drills.updatesCounted(app, "duplicate"));
            }
            int firstId = ids.stream().min(Integer::compare).orElse(0);
            int lastId = ids.stream().max(Integer::compare).orElse(0);
            claims = Claims.anywhere(h, true, firstId, lastId);
            storesUsed(part, Claims.inTable(h.db, firstId, lastId), Claims.inRedis(h, firstId, lastId));
        }
        Map<String, Object> tally = redelivery.tally();
        part.put("updates", tally);
        part.put("joinRequests", joiners.get());
        part.put("readiness", readiness.summary());
        long sent = (int) tally.get("sent");
        long stored = h.db.count("SELECT count(*) FROM free_join_request WHERE user_id BETWEEN ? AND ?", JOINERS,
                JOINERS + joiners.get() - 1);
        @SuppressWarnings("unchecked")
        long unavailable = ((Map<Integer, Long>) tally.get("answersByStatus")).getOrDefault(503, 0L);
        boolean ok = Drills.check(evidence, "[outage] the outage was felt (503s, readiness DOWN)",
                unavailable > 0 && readiness.downWhileCut(), unavailable + " answers 503; readiness " + readiness.summary());
        ok &= Drills.check(evidence, "[outage] every update got a 2xx in the end", (long) tally.get("notDelivered") == 0,
                tally.get("notDelivered") + " of " + sent + " never did");
        ok &= Drills.check(evidence, "[outage] zero acknowledged without being handled (every 2xx carried its reply)",
                (long) tally.get("neverHandled") == 0, "with a reply " + tally.get("handledOnce") + ", without "
                        + tally.get("neverHandled") + ", more than one " + tally.get("handledMoreThanOnce"));
        ok &= Drills.check(evidence, "[outage] every join request stored", stored == joiners.get(),
                stored + " of " + joiners.get());
        ok &= Drills.check(evidence, "[outage] zero handled twice (handled count = ids sent)", handled == sent,
                handled + " handled for " + sent + " ids");
        ok &= Drills.check(evidence, "[outage] every id claimed once and done", claims.size() == sent
                && Claims.notDone(claims) == 0, claims.size() + " claimed for " + sent + " sent, "
                + Claims.notDone(claims) + " not done");
        evidence.put("verdict", ok ? "60 s without PostgreSQL: zero acknowledged unhandled, zero doubled, "
                + unavailable + " answers 503, all redelivered and handled once" : "see the failed checks above");
        return ok;
    }

    /**
     * Where the claims went: Redis, or {@code processed_update} while the breaker had Redis out of use; a table claim
     * left not done is one whose release failed in the outage and whose redelivery was claimed in Redis.
     */
    private static void storesUsed(Map<String, Object> part, Map<Long, Boolean> table, Map<Long, Boolean> redis) {
        Map<String, Object> stores = new LinkedHashMap<>();
        stores.put("inRedis", redis.size());
        stores.put("inProcessedUpdate", table.size());
        stores.put("inBoth", table.keySet().stream().filter(redis::containsKey).count());
        stores.put("tableClaimsLeftNotDoneButDoneInRedis", table.entrySet().stream()
                .filter(claim -> !claim.getValue() && redis.getOrDefault(claim.getKey(), false)).count());
        part.put("claimStores", stores);
        System.out.println("  claims: " + stores);
    }

    /** Two {@code /status} from the seeded users, then a join request of a new user, and so on. */
    private Supplier<Updates.Update> mixed(Set<Integer> ids, AtomicLong joiners) {
        AtomicLong n = new AtomicLong();
        return () -> {
            long i = n.getAndIncrement();
            Updates.Update update = i % 3 == 2 ? h.updates.joinRequest(JOINERS + joiners.getAndIncrement(),
                    Harness.FREE_CHANNEL) : h.updates.command(Updates.FIRST_USER + (i * 7919) % StatusScenarios.USERS,
                    "/status");
            ids.add(update.id());
            return update;
        };
    }

    private static void send(Redelivery redelivery, Supplier<Updates.Update> next) {
        try {
            redelivery.run(RATE, LOAD, Duration.ofSeconds(120), next);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.vipgate.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The application killed with SIGKILL in the middle of an expiry batch, then started again on the same database.
 * 1,200 subscriptions fall due at once; the fake Bot API answers after 15 ms so that the batch takes a while; the
 * moment the 425th expiry message reaches it (before it answers, mid-batch), the process gets SIGKILL. The rows the
 * dead process held come back once their lease (30 s here, 5 min by default) has run out. Every subscription must end
 * expired exactly once and nobody may be messaged twice; a message lost to the kill is counted, not failed
 * (messaging is at most once by design).
 */
final class SigkillExpiryDrill {

    static final DueBatch DUE = new DueBatch(960_000_001L, 1_200);
    private static final long KILL_AT_MESSAGE = 425;
    private static final long LATENCY_MILLIS = 15;
    private static final String LEASE = "30s";

    private final Harness h;
    private final Map<String, Object> evidence;

    SigkillExpiryDrill(Harness h, Map<String, Object> evidence) {
        this.h = h;
        this.evidence = evidence;
    }

    boolean run() throws Exception {
        CallLog log = new CallLog();
        h.telegram.record(log);
        h.telegram.latency(LATENCY_MILLIS);
        App.Launch launch = h.launch("drill-kill").withEnv(Map.of("VIPGATE_JOBS_LEASE", LEASE));
        CompletableFuture<Double> killedAt = new CompletableFuture<>();
        long expiredAtKill;
        long heldAtKill;
        double restartedAt;
        double finishedAt;
        long done;
        try (App first = h.startApp(launch)) {
            // Run on the fake's event loop as the message arrives, before its answer: the application is mid-row.
            long pid = first.pid();
            log.onArrival("sendmessage", KILL_AT_MESSAGE, () -> {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                killedAt.complete(log.now());
            });
            DUE.seed(h.db);
            killedAt.get(180, TimeUnit.SECONDS);
            first.kill();
            expiredAtKill = DUE.expired(h.db);
            heldAtKill = DUE.held(h.db);
            System.out.printf("  t=%.1fs: SIGKILL to pid %d at expiry message %d: %d of %d expired, %d held by its "
                    + "lease%n", killedAt.get() / 1000, pid, KILL_AT_MESSAGE, expiredAtKill, DUE.size(), heldAtKill);
        }
        try (App second = h.startApp(launch.withLog(h.results().resolve(h.stamp + "-drill-kill-restarted.log")))) {
            restartedAt = log.now();
            done = DUE.awaitExpired(h.db, DUE.size(), Duration.ofSeconds(180));
            finishedAt = log.now();
            System.out.printf("  t=%.1fs: %d of %d expired, %.1f s after the restart%n", finishedAt / 1000, done,
                    DUE.size(), (finishedAt - restartedAt) / 1000);
            // A second message, were there one, would follow its row's commit within milliseconds.
            Thread.sleep(2_000);
        }
        evidence.put("due", DUE.size());
        evidence.put("latencyMillis", LATENCY_MILLIS);
        evidence.put("lease", LEASE);
        evidence.put("killedAtMillis", Math.round(killedAt.get()));
        evidence.put("expiredAtKill", expiredAtKill);
        evidence.put("heldByTheDeadLeaseAtKill", heldAtKill);
        evidence.put("secondsFromRestartToAllExpired", Math.round((finishedAt - restartedAt) / 100) / 10.0);
        evidence.put("telegramCalls", h.telegram.calls());

        boolean ok = Drills.check(evidence, "killed mid-batch", expiredAtKill > 0 && expiredAtKill < DUE.size()
                && heldAtKill > 0, expiredAtKill + " expired and " + heldAtKill + " held by the dead process's lease");
        ok &= Drills.check(evidence, "all expired after the restart, within the bound", done == DUE.size(),
                done + " of " + DUE.size() + " in " + evidence.get("secondsFromRestartToAllExpired") + " s");
        ok &= DUE.checkExpiredOnce(h.db, evidence);
        CallCounts.Spread messages = CallCounts.perUser(log, "sendmessage", DUE);
        ok &= Drills.check(evidence, "nobody messaged twice", messages.more() == 0, messages);
        evidence.put("usersNeverTold", messages.none());
        for (String method : List.of("banchatmember", "unbanchatmember")) {
            CallCounts.Spread spread = CallCounts.perUser(log, method, DUE);
            ok &= Drills.check(evidence, "each user at least one " + method + " (repeats are harmless)",
                    spread.none() == 0, spread);
        }
        evidence.put("verdict", ok ? "every subscription expired once, nobody messaged twice ("
                + messages.none() + " message(s) lost to the kill)" : "see the failed checks above");
        return ok;
    }

}

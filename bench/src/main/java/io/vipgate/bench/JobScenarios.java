package io.vipgate.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenarios 4 and 5, where a background job does the work: 5,000 free-channel join requests in a burst and then
 * their approval, and 10,000 subscriptions due at once for the expiry job, with Telegram's send limiter on and
 * with it out of the way (the database side alone). Progress is read from the database every half second.
 */
final class JobScenarios {

    static final long JOINERS = 920_000_001L;
    static final int JOIN_REQUESTS = 5_000;
    static final long DUE_LIMITED = 930_000_001L;
    static final long DUE_UNLIMITED = 940_000_001L;
    static final int DUE = 10_000;

    private final Harness h;

    JobScenarios(Harness h) {
        this.h = h;
    }

    /** Scenario 4. New users (never seen before) ask to join the free channel; the wait is 0 so all are due at once. */
    void freeChannel(App app) throws Exception {
        h.db.setFreeChannelWait(0);
        List<Updates.Update> burst = new ArrayList<>(JOIN_REQUESTS);
        for (int i = 0; i < JOIN_REQUESTS; i++) {
            burst.add(h.updates.joinRequest(JOINERS + i, Harness.FREE_CHANNEL));
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        try (Webhook webhook = h.webhook(app, StatusScenarios.OPEN_LOOP_CONNECTIONS)) {
            Load load = new Load(h.vertx, webhook);
            StepResult intake = h.measure("join", "5000 requests burst", "burst", 0,
                    StatusScenarios.OPEN_LOOP_CONNECTIONS, app, () -> load.burst(burst, Duration.ofSeconds(120)));
            outcome.put("intakeSeconds", intake.seconds());
            outcome.put("intakeRate", intake.achievedRate());
        }
        outcome.put("stored", h.db.count("SELECT count(*) FROM free_join_request WHERE user_id BETWEEN ? AND ?",
                JOINERS, JOINERS + JOIN_REQUESTS - 1));
        Duration limit = h.settings.quick() ? Duration.ofSeconds(30) : Duration.ofSeconds(180);
        outcome.putAll(waitFor("approval", "SELECT count(*) FROM free_join_request WHERE status = 'APPROVED' "
                + "AND user_id BETWEEN ? AND ?", JOINERS, JOIN_REQUESTS, limit, "approvechatjoinrequest"));
        h.scenarios.put("join", outcome);
        System.out.println("  free channel: " + outcome);
        // Approvals still queued would compete with the expiry job for Telegram's send budget in scenario 5.
        h.db.update("UPDATE free_join_request SET status = 'DROPPED' WHERE status = 'PENDING' AND user_id BETWEEN ? AND ?",
                JOINERS, JOINERS + JOIN_REQUESTS - 1);
    }

    /** Scenario 5, part one: the application as configured (Telegram's limits on), for a bounded window. */
    void expiryLimited(App app) throws Exception {
        h.db.seedUsers(DUE_LIMITED, DUE);
        h.db.seedDueSubscriptions(DUE_LIMITED, DUE);
        Duration window = h.settings.quick() ? Duration.ofSeconds(20) : Duration.ofSeconds(60);
        Map<String, Object> outcome = waitFor("expiry (limiter on)", expiredIn(), DUE_LIMITED, DUE, window,
                "banchatmember");
        h.scenarios.put("expiry-limited", outcome);
        System.out.println("  expiry, limiter on: " + outcome);
        // Whatever is left must not run into the next part's count.
        h.db.update("UPDATE subscription SET status = 'EXPIRED' WHERE status = 'ACTIVE' AND user_id BETWEEN ? AND ?",
                DUE_LIMITED, DUE_LIMITED + DUE - 1);
    }

    /** Scenario 5, part two: an application whose send limits are out of reach, so the database side shows alone. */
    void expiryDatabaseSide(App.Launch base) throws Exception {
        App.Launch unlimited = base.withEnv(Harness.UNLIMITED_SENDS).withLog(h.results().resolve(h.stamp + "-expiry-unlimited.log"));
        try (App app = h.startApp(unlimited)) {
            h.db.seedUsers(DUE_UNLIMITED, DUE);
            h.db.seedDueSubscriptions(DUE_UNLIMITED, DUE);
            Duration limit = h.settings.quick() ? Duration.ofSeconds(30) : Duration.ofSeconds(150);
            Map<String, Object> outcome = waitFor("expiry (database side)", expiredIn(), DUE_UNLIMITED, DUE, limit,
                    "banchatmember");
            h.scenarios.put("expiry-database-side", outcome);
            System.out.println("  expiry, limiter off: " + outcome);
        }
    }

    private static String expiredIn() {
        return "SELECT count(*) FROM subscription WHERE status = 'EXPIRED' AND user_id BETWEEN ? AND ?";
    }

    /**
     * Polls {@code countSql} (bound to the id range) until it reaches {@code target} or {@code limit} passes, and
     * reports when the first and the last row were done, the rate in between, and the Bot API calls made.
     */
    private Map<String, Object> waitFor(String what, String countSql, long first, int target, Duration limit,
                                       String telegramMethod) throws Exception {
        ProcSampler sampler = new ProcSampler(ProcessHandle.current().pid());
        h.telegram.reset();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long firstDoneAt = -1;
        long done = 0;
        sampler.start();
        while (System.nanoTime() < deadline) {
            done = h.db.count(countSql, first, first + target - 1);
            if (done > 0 && firstDoneAt < 0) {
                firstDoneAt = System.nanoTime();
            }
            if (done >= target) {
                break;
            }
            Thread.sleep(500);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("target", target);
        outcome.put("done", done);
        outcome.put("finished", done >= target);
        outcome.put("secondsWatched", ProcSampler.round1(elapsed));
        outcome.put("secondsToFirst", firstDoneAt < 0 ? null : ProcSampler.round1((firstDoneAt - start) / 1e9));
        double working = firstDoneAt < 0 ? 0 : (System.nanoTime() - firstDoneAt) / 1e9;
        outcome.put("ratePerSecond", working > 0 ? ProcSampler.round1(done / working) : 0);
        if (done > 0 && done < target && working > 0) {
            outcome.put("projectedSecondsForAll", ProcSampler.round1(target / (done / working)));
        }
        outcome.put("telegramCalls", h.telegram.calls());
        outcome.put("machineCpuPercent", sampler.stop().machineCpu());
        if (done == 0) {
            String note = what + ": nothing was done within " + limit.toSeconds() + " s. The job is not in this build"
                    + " (or runs less often than that); the intake above is measured, this step is not.";
            outcome.put("note", note);
            h.notes.add(note);
        }
        return outcome;
    }
}

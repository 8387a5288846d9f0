package io.vipgate.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Scenarios 1 to 3: {@code /status} from 10,000 users at fixed rates and at saturation, with Redis and without it,
 * and 1,000 users redeeming 1,000 tokens at once.
 */
final class StatusScenarios {

    static final int USERS = 10_000;
    static final int OPEN_LOOP_CONNECTIONS = 100;
    static final int SATURATION_CONNECTIONS = 50;
    static final long REDEEMERS = 910_000_001L;
    static final int TOKENS = 1_000;

    private final Harness h;

    StatusScenarios(Harness h) {
        this.h = h;
    }

    void seed() throws Exception {
        h.db.seedUsers(Updates.FIRST_USER, USERS);
        int active = h.db.seedActiveSubscriptions(Updates.FIRST_USER, USERS, 3);
        h.db.analyze();
        System.out.printf("  seeded %d users, %d of them with an active subscription%n", USERS, active);
    }

    /** Scenario 1 (Redis) or 2 (PostgreSQL only). Returns the running application for the next scenarios. */
    App status(String scenario, App.Launch launch) throws Exception {
        if (h.settings.jfr()) {
            Path recording = h.results().resolve(h.stamp + "-" + scenario + ".jfr");
            launch = launch.withJvmOptions(List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile"));
            h.scenarios.put("jfr-" + scenario, recording.getFileName().toString());
        }
        App app = h.startApp(launch);
        try (Webhook webhook = h.webhook(app, OPEN_LOOP_CONNECTIONS)) {
            Load load = new Load(h.vertx, webhook);
            Supplier<Updates.Update> status = statusFromEveryone();
            // Every user once (fills the cache) and a JIT warm-up; neither is part of the results.
            Tally warm = load.burst(everyUserOnce(), Duration.ofSeconds(120));
            Tally jit = load.openLoop(1000, h.settings.quick() ? Duration.ofSeconds(3) : Duration.ofSeconds(15), status);
            System.out.printf("  warm-up: %d + %d updates, %d errors%n", warm.completed(), jit.completed(),
                    warm.errors() + jit.errors());
            for (double rate : h.settings.rates()) {
                h.measure(scenario, "open " + (long) rate + "/s", "open-loop", rate, OPEN_LOOP_CONNECTIONS, app,
                        () -> load.openLoop(rate, h.settings.step(), status));
            }
            h.measure(scenario, "saturation 50 conn", "closed-loop", 0, SATURATION_CONNECTIONS, app,
                    () -> load.closedLoop(SATURATION_CONNECTIONS, h.settings.saturation(), status));
        }
        h.scenarios.put("cache-" + scenario, app.metricBy("vipgate_cache_requests_total", "result"));
        return app;
    }

    /** Scenario 3: 1,000 distinct users each redeem their own single-use token, all at once. */
    void redemption(App app) throws Exception {
        h.db.seedUsers(REDEEMERS, TOKENS);
        List<String> tokens = h.db.seedTokens(TOKENS);
        List<Updates.Update> burst = new ArrayList<>(TOKENS);
        for (int i = 0; i < TOKENS; i++) {
            burst.add(h.updates.command(REDEEMERS + i, "/start " + tokens.get(i)));
        }
        try (Webhook webhook = h.webhook(app, StatusScenarios.OPEN_LOOP_CONNECTIONS)) {
            Load load = new Load(h.vertx, webhook);
            StepResult step = h.measure("redeem", "1000 tokens at once", "burst", 0, OPEN_LOOP_CONNECTIONS, app,
                    () -> load.burst(burst, Duration.ofSeconds(120)));
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("secondsToDrain", step.seconds());
            outcome.put("subscriptionsCreated", h.db.count("SELECT count(*) FROM subscription WHERE user_id BETWEEN ? AND ?",
                    REDEEMERS, REDEEMERS + TOKENS - 1));
            outcome.put("tokensUsed", h.db.count("SELECT count(*) FROM invitation_token WHERE uses = 1"));
            outcome.put("historyLines", h.db.count("SELECT count(*) FROM subscription_history WHERE user_id BETWEEN ? AND ?",
                    REDEEMERS, REDEEMERS + TOKENS - 1));
            outcome.put("repliesInBody", step.replied());
            outcome.put("inviteLinksCreated", step.telegramCalls().getOrDefault("createchatinvitelink", 0L));
            h.scenarios.put("redeem", outcome);
            System.out.println("  redemption: " + outcome);
        }
    }

    /** {@code /status} round-robin over the 10,000 users, spread so that neighbours are not consecutive. */
    private Supplier<Updates.Update> statusFromEveryone() {
        AtomicLong next = new AtomicLong();
        return () -> h.updates.command(Updates.FIRST_USER + (next.getAndIncrement() * 7919) % USERS, "/status");
    }

    private List<Updates.Update> everyUserOnce() {
        List<Updates.Update> all = new ArrayList<>(USERS);
        for (int i = 0; i < USERS; i++) {
            all.add(h.updates.command(Updates.FIRST_USER + i, "/status"));
        }
        return all;
    }
}

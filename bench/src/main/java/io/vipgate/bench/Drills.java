package io.vipgate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault drills: {@code redis-kill} (a private Redis is SIGKILLed under load and started again),
 * {@code postgres-restart} (the machine's PostgreSQL cluster is restarted under load, with Redis and without, then
 * the outage below), {@code postgres-outage} (PostgreSQL cut for 60 s behind a loopback proxy, Redis up),
 * {@code telegram-429} (the Bot API answers 429 while the expiry and free-approval jobs have sends to make),
 * {@code sigkill-expiry} (the application is SIGKILLed mid expiry batch and started again) and
 * {@code sigkill-update} (the application is SIGKILLed with updates mid-handling, through the webhook and polling).
 * Each prints one verdict line per check, writes its evidence as JSON and exits non-zero when a check fails.
 */
public final class Drills {

    private static final double RATE = 300;

    private Drills() {
    }

    public static void main(String... args) throws Exception {
        String drill = args.length == 0 ? "" : args[0];
        Settings settings = Settings.parse(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        Files.createDirectories(settings.results());
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Map<String, Object> evidence = new LinkedHashMap<>();
        boolean passed;
        try (Harness h = new Harness(settings, stamp)) {
            h.start();
            try (App first = App.start(h.launch("drill-migrate"))) {
                first.awaitReady(Duration.ofSeconds(120));
            }
            passed = switch (drill) {
                case "redis-kill" -> {
                    new StatusScenarios(h).seed();
                    yield new RedisKillDrill(h, evidence).run();
                }
                case "postgres-restart" -> {
                    new StatusScenarios(h).seed();
                    boolean restart = new PostgresRestartDrill(h, evidence).run();
                    Object restartVerdict = evidence.get("verdict");
                    boolean outage = new PostgresOutageDrill(h, evidence).run();
                    evidence.put("verdict", "restart: " + restartVerdict + "; outage: " + evidence.get("verdict"));
                    yield restart & outage;
                }
                case "postgres-outage" -> {
                    new StatusScenarios(h).seed();
                    yield new PostgresOutageDrill(h, evidence).run();
                }
                case "telegram-429" -> new TelegramThrottleDrill(h, evidence).run();
                case "sigkill-expiry" -> new SigkillExpiryDrill(h, evidence).run();
                case "sigkill-update" -> new SigkillUpdateDrill(h, evidence).run();
                default -> throw new IllegalArgumentException("usage: Drills redis-kill|postgres-restart|"
                        + "postgres-outage|telegram-429|sigkill-expiry|sigkill-update [--options]");
            };
        }
        Path out = settings.results().resolve(stamp + "-drill-" + drill + ".json");
        new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.toFile(), evidence);
        System.out.printf("%s drill %s: %s (evidence: %s)%n", passed ? "PASS" : "FAIL", drill,
                evidence.get("verdict"), out);
        System.exit(passed ? 0 : 1);
    }

    /** Sends /status from the 10,000 seeded users at {@value #RATE}/s with Telegram-like redelivery, in the background. */
    static CompletableFuture<Redelivery> redeliver(Harness h, Webhook webhook, Duration duration) {
        Redelivery redelivery = new Redelivery(h.vertx, webhook);
        AtomicLong next = new AtomicLong();
        return CompletableFuture.supplyAsync(() -> {
            try {
                redelivery.run(RATE, duration, Duration.ofSeconds(60), () -> h.updates.command(
                        Updates.FIRST_USER + (next.getAndIncrement() * 7919) % StatusScenarios.USERS, "/status"));
                return redelivery;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Sum of the application's {@code vipgate_updates_seconds_count} series with the given outcome. */
    static long updatesCounted(App app, String outcome) {
        return app.metricBy("vipgate_updates_seconds_count", "outcome").getOrDefault(outcome, 0L);
    }

    /** One check: prints its verdict line and records it. */
    static boolean check(Map<String, Object> evidence, String name, boolean ok, Object detail) {
        System.out.printf("  %s %s: %s%n", ok ? "ok  " : "FAIL", name, detail);
        @SuppressWarnings("unchecked")
        Map<String, Object> checks = (Map<String, Object>) evidence.computeIfAbsent("checks", k -> new LinkedHashMap<>());
        checks.put(name, Map.of("ok", ok, "detail", String.valueOf(detail)));
        return ok;
    }
}

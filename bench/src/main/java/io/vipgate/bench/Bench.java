package io.vipgate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark runner. bench/run has already built the application and made a fresh, empty bench database; this
 * starts the fake Bot API, runs the chosen scenarios against the application started as a separate process, and
 * writes {@code bench/results/<timestamp>.json} and {@code .svg} (latency versus rate), then prints a summary.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String... args) throws Exception {
        Settings settings = Settings.parse(args);
        Files.createDirectories(settings.results());
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Map<String, Object> machineBefore = Machine.describe(settings);
        try (Harness h = new Harness(settings, stamp)) {
            h.start();
            if (Boolean.parseBoolean(System.getProperty("bench.selfTest", "false"))) {
                selfTest(h);
                System.exit(0);
            }
            runScenarios(h);
            write(h, machineBefore);
        }
        System.exit(0);
    }

    private static void runScenarios(Harness h) throws Exception {
        Settings s = h.settings;
        StatusScenarios status = new StatusScenarios(h);
        JobScenarios jobs = new JobScenarios(h);
        App.Launch withRedis = h.launch("status-redis");
        // The application migrates the fresh database at its first start; the data goes in after that.
        App.Launch migrate = h.launch("migrate");
        try (App first = App.start(migrate)) {
            h.scenarios.put("firstStartWithMigrationMs", first.awaitReady(java.time.Duration.ofSeconds(120)).toMillis());
        }
        status.seed();
        if (s.scenarios().contains(1) || s.scenarios().contains(3) || s.scenarios().contains(4)
                || s.scenarios().contains(5)) {
            System.out.println("Scenarios 1, 3, 4, 5 (Redis on)");
            App app = s.scenarios().contains(1) ? status.status("status-redis", withRedis) : h.startApp(withRedis);
            try {
                if (s.scenarios().contains(3)) {
                    status.redemption(app);
                }
                if (s.scenarios().contains(4)) {
                    jobs.freeChannel(app);
                }
                if (s.scenarios().contains(5)) {
                    jobs.expiryLimited(app);
                }
            } finally {
                app.close();
            }
            profile(h, "status-redis");
            if (s.scenarios().contains(5)) {
                jobs.expiryDatabaseSide(withRedis);
            }
        }
        if (s.scenarios().contains(2)) {
            System.out.println("Scenario 2 (no Redis: PostgreSQL only)");
            App.Launch noRedis = h.launch("status-postgres").withoutEnv("REDIS_URL");
            status.status("status-postgres", noRedis).close();
            profile(h, "status-postgres");
        }
        if (s.scenarios().contains(7)) {
            System.out.println("Scenario 7 (Redis on, every reply sent with sendMessage, send limits out of reach)");
            Map<String, String> sent = new HashMap<>(Harness.UNLIMITED_SENDS);
            sent.put("VIPGATE_TELEGRAM_WEBHOOK_REPLY_IN_BODY", "false");
            status.status("status-sent", h.launch("status-sent").withEnv(sent)).close();
        }
        if (s.scenarios().contains(6)) {
            System.out.println("Scenario 6 (start-up)");
            new StartupScenario(h).run(h.jarLaunch("startup"), h.launch("startup"));
        }
    }

    /** The generator against the in-process fake Bot API (no application): the floor of what it can measure. */
    private static void selfTest(Harness h) throws Exception {
        java.net.URI url = java.net.URI.create(h.telegramUrl());
        try (Webhook webhook = new Webhook(h.vertx, url.getPort(), Harness.SECRET, 100, 30_000)) {
            Load load = new Load(h.vertx, webhook);
            for (double rate : h.settings.rates()) {
                Tally tally = load.openLoop(rate, h.settings.step(), () -> h.updates.command(Updates.FIRST_USER, "/status"));
                System.out.printf("  self-test open %5.0f/s: ok %d  p50 %.2f  p99 %.2f  p99.9 %.2f  max %.2f ms%n", rate,
                        tally.ok(), tally.millisAt(50), tally.millisAt(99), tally.millisAt(99.9), tally.maxMillis());
            }
            Tally closed = load.closedLoop(50, h.settings.saturation(), () -> h.updates.command(Updates.FIRST_USER, "/status"));
            System.out.printf("  self-test closed 50 conn: %.0f/s  p50 %.2f  p99 %.2f ms%n",
                    closed.ok() / (double) h.settings.saturation().toSeconds(), closed.millisAt(50), closed.millisAt(99));
        }
    }

    private static void profile(Harness h, String scenario) throws Exception {
        Object recording = h.scenarios.get("jfr-" + scenario);
        if (recording != null) {
            Path file = h.results().resolve(recording.toString());
            if (Files.exists(file)) {
                h.scenarios.put("profile-" + scenario, Profile.summary(file, 25));
            }
        }
    }

    private static void write(Harness h, Map<String, Object> machineBefore) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("run", h.stamp);
        results.put("quick", h.settings.quick());
        Map<String, Object> machine = new LinkedHashMap<>(machineBefore);
        machine.put("loadAverageAtEnd", Machine.loadAverage());
        results.put("machine", machine);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("stepSeconds", h.settings.step().toSeconds());
        settings.put("saturationSeconds", h.settings.saturation().toSeconds());
        settings.put("appJvmOptions", h.settings.appJvmOptions());
        settings.put("dbPoolSize", h.settings.dbPoolSize());
        settings.put("openLoopConnections", StatusScenarios.OPEN_LOOP_CONNECTIONS);
        settings.put("saturationConnections", StatusScenarios.SATURATION_CONNECTIONS);
        settings.put("jfr", h.settings.jfr());
        results.put("settings", settings);
        results.put("steps", h.steps);
        results.put("scenarios", h.scenarios);
        results.put("notes", h.notes);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Path out = h.results().resolve(h.stamp + ".json");
        json.writeValue(out.toFile(), results);
        List<StepResult> rated = h.steps.stream().filter(step -> step.scenario().startsWith("status")).toList();
        Path chart = h.results().resolve(h.stamp + ".svg");
        Files.writeString(chart, Chart.svg("vipgate /status: latency vs rate (run " + h.stamp
                + (h.settings.quick() ? ", QUICK" : "") + ")", rated));
        summary(h, out, chart);
    }

    private static void summary(Harness h, Path json, Path chart) {
        System.out.println();
        System.out.println("Summary (rates in updates/s, latencies in ms, CPU in % of one core):");
        h.steps.forEach(step -> System.out.println("  " + step.line()));
        h.scenarios.forEach((name, value) -> {
            if (!name.startsWith("profile-") && !name.startsWith("jfr-")) {
                System.out.println("  " + name + ": " + value);
            }
        });
        h.notes.forEach(note -> System.out.println("  NOTE " + note));
        System.out.println("Results: " + json);
        System.out.println("Chart:   " + chart);
    }
}

package io.vipgate.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What every scenario shares: the Vert.x instance of the load generator, the fake Bot API, the database, the update
 * counter, how to start the application, and the results gathered so far.
 */
public final class Harness implements AutoCloseable {

    public static final String BOT_TOKEN = "123456789:BENCH-token-for-the-fake-bot-api-00000";
    public static final String SECRET = "bench-webhook-secret-0123456789";
    public static final long ADMIN_ID = 1001;
    public static final long VIP_CHANNEL = -1001000000001L;
    public static final long FREE_CHANNEL = -1001000000002L;

    final Settings settings;
    final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    final FakeTelegram telegram = new FakeTelegram(vertx);
    final Database db;
    final Updates updates = new Updates(1);
    final String stamp;
    final List<StepResult> steps = new ArrayList<>();
    final Map<String, Object> scenarios = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    private String telegramUrl;

    public Harness(Settings settings, String stamp) {
        this.settings = settings;
        this.stamp = stamp;
        this.db = new Database(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
    }

    public void start() throws Exception {
        telegramUrl = telegram.start(0);
    }

    /** Send limits out of reach, so that what is measured is the application rather than Telegram's 30 a second. */
    static final Map<String, String> UNLIMITED_SENDS = Map.of("VIPGATE_TELEGRAM_RATE_MESSAGES_PER_SECOND", "1000000",
            "VIPGATE_TELEGRAM_RATE_PER_CHAT_INTERVAL", "0s", "VIPGATE_CACHE_SEND_RATE_GLOBAL", "1000000",
            "VIPGATE_CACHE_SEND_RATE_PER_CHAT", "1000000");

    /**
     * The application as the benchmark runs it: webhook mode, Redis on, the fake Bot API, our ports; the native
     * executable when {@code --native} names one, else the fast-jar.
     */
    public App.Launch launch(String name) {
        App.Launch jar = jarLaunch(name);
        return settings.nativeBinary() == null ? jar
                : App.Launch.nativeExecutable(settings.nativeBinary(), settings.nativeOptions(), jar.env(), jar.log());
    }

    /** The same, always the fast-jar. */
    public App.Launch jarLaunch(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BOT_TOKEN", BOT_TOKEN);
        env.put("ADMIN_IDS", String.valueOf(ADMIN_ID));
        env.put("VIP_CHANNEL_ID", String.valueOf(VIP_CHANNEL));
        env.put("FREE_CHANNEL_ID", String.valueOf(FREE_CHANNEL));
        env.put("DATABASE_URL", db.appUrl());
        env.put("REDIS_URL", settings.redisUrl());
        env.put("PUBLIC_URL", "https://bench.invalid");
        env.put("WEBHOOK_SECRET", SECRET);
        env.put("TELEGRAM_API_URL", telegramUrl);
        env.put("PORT", String.valueOf(settings.port()));
        env.put("MANAGEMENT_PORT", String.valueOf(settings.managementPort()));
        env.put("DB_POOL_SIZE", String.valueOf(settings.dbPoolSize()));
        env.put("CACHE_VERSION", "bench-" + stamp);
        // Jobs look for due rows every 2 s, so that scenarios 4 and 5 time the work rather than the wait.
        env.put("JOB_EXPIRY_INTERVAL", "2s");
        env.put("JOB_FREE_APPROVAL_INTERVAL", "2s");
        env.putAll(settings.jobEnv());
        return new App.Launch(settings.java(), settings.appJvmOptions(), settings.jar(), env,
                settings.results().resolve(stamp + "-" + name + ".log"));
    }

    public App startApp(App.Launch launch) throws Exception {
        App app = App.start(launch);
        Duration ready = app.awaitReady(Duration.ofSeconds(90));
        System.out.printf("  app pid %d ready in %d ms (%s)%n", app.pid(), ready.toMillis(), launch.log().getFileName());
        return app;
    }

    public Webhook webhook(App app, int connections) {
        return new Webhook(vertx, app.port(), SECRET, connections, 30_000);
    }

    /** Runs {@code load} while sampling CPU and memory, and records it as one step. */
    public StepResult measure(String scenario, String step, String mode, double rate, int connections, App app,
                              Callable<Tally> load) throws Exception {
        ProcSampler sampler = new ProcSampler(app.pid());
        telegram.reset();
        sampler.start();
        long started = System.nanoTime();
        Tally tally = load.call();
        double seconds = (System.nanoTime() - started) / 1e9;
        ProcSampler.Usage usage = sampler.stop();
        StepResult result = StepResult.of(scenario, step, mode, rate, connections, seconds, tally.sent(), tally, usage,
                telegram.calls());
        steps.add(result);
        System.out.println("  " + result.line());
        return result;
    }

    public String telegramUrl() {
        return telegramUrl;
    }

    public Path results() {
        return settings.results();
    }

    @Override
    public void close() {
        telegram.close();
        vertx.close();
    }
}

package io.vipgate.bootstrap.it;

import io.vipgate.telegram.fake.FakeBotApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the packaged application is given in the integration tests: a webhook-mode bot on the test PostgreSQL
 * (from the VIPGATE_TEST_* variables scripts/test exports) that talks to a fake Bot API. The scheduled jobs are off:
 * they would act on rows other tests leave in the shared database, and they are not what these tests are about.
 */
final class ItSettings {

    static final String SECRET = "it-webhook-secret_0123456789";
    static final String PUBLIC_URL = "https://vipgate.example.com";
    static final long VIP_CHANNEL = -1001000000001L;
    static final long FREE_CHANNEL = -1001000000002L;

    private ItSettings() {}

    /** The variables an operator sets, {@code DATABASE_URL} in Railway's shape included. */
    static Map<String, String> environment(String apiUrl, InetSocketAddress database, int port, int managementPort) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin"));
        environment.put("BOT_TOKEN", FakeBotApi.TOKEN);
        environment.put("ADMIN_IDS", "1001,1002");
        environment.put("VIP_CHANNEL_ID", Long.toString(VIP_CHANNEL));
        environment.put("FREE_CHANNEL_ID", Long.toString(FREE_CHANNEL));
        environment.put("TELEGRAM_API_URL", apiUrl);
        environment.put("PUBLIC_URL", PUBLIC_URL);
        environment.put("WEBHOOK_SECRET", SECRET);
        environment.put(
                "DATABASE_URL",
                "postgresql://" + encoded(user()) + ":" + encoded(password()) + "@" + hostAndPort(database) + "/"
                        + databaseName());
        environment.put("PORT", Integer.toString(port));
        environment.put("MANAGEMENT_PORT", Integer.toString(managementPort));
        environment.put("DB_WAIT", "20s");
        environment.put("QUARKUS_SCHEDULER_ENABLED", "false");
        return environment;
    }

    /** The same as Quarkus properties, which {@code @QuarkusIntegrationTest} passes to the process it starts. */
    static Map<String, String> properties(String apiUrl, InetSocketAddress database, int managementPort) {
        Map<String, String> properties = new HashMap<>();
        properties.put("vipgate.telegram.bot-token", FakeBotApi.TOKEN);
        properties.put("vipgate.bot.admin-ids", "1001,1002");
        properties.put("vipgate.telegram.vip-channel-id", Long.toString(VIP_CHANNEL));
        properties.put("vipgate.telegram.free-channel-id", Long.toString(FREE_CHANNEL));
        properties.put("vipgate.telegram.api-url", apiUrl);
        properties.put("vipgate.telegram.public-url", PUBLIC_URL);
        properties.put("vipgate.telegram.webhook-secret", SECRET);
        String address = hostAndPort(database) + "/" + databaseName();
        properties.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + address);
        properties.put("quarkus.datasource.reactive.url", "postgresql://" + address);
        properties.put("quarkus.datasource.username", user());
        properties.put("quarkus.datasource.password", password());
        properties.put("quarkus.redis.hosts", redisUrl());
        Optional.ofNullable(System.getenv("VIPGATE_TEST_CACHE_VERSION"))
                .ifPresent(version -> properties.put("vipgate.cache.version", version));
        properties.put("quarkus.management.port", Integer.toString(managementPort));
        properties.put("quarkus.scheduler.enabled", "false");
        return properties;
    }

    /** The test PostgreSQL's address. */
    static InetSocketAddress database() {
        URI url = testDatabaseUrl();
        return new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 5432 : url.getPort());
    }

    /** The test Redis, as REDIS_URL names it. */
    static String redisUrl() {
        return variable("VIPGATE_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    }

    /** A loopback port free right now. */
    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hostAndPort(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    /** The test PostgreSQL as this JVM reaches it, to look at what the application wrote. */
    static Connection connectToDatabase() throws SQLException {
        return DriverManager.getConnection(
                variable("VIPGATE_TEST_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/vipgate_test"), user(), password());
    }

    private static URI testDatabaseUrl() {
        return URI.create(variable("VIPGATE_TEST_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/vipgate_test")
                .substring("jdbc:".length()));
    }

    private static String databaseName() {
        return testDatabaseUrl().getPath().substring(1);
    }

    private static String user() {
        return variable("VIPGATE_TEST_DB_USER", "vipgate");
    }

    private static String password() {
        return variable("VIPGATE_TEST_DB_PASSWORD", "vipgate");
    }

    private static String encoded(String credential) {
        return URLEncoder.encode(credential, StandardCharsets.UTF_8);
    }

    private static String variable(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name))
                .filter(value -> !value.isBlank())
                .orElse(fallback);
    }
}

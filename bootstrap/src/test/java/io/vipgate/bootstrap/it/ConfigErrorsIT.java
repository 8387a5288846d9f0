package io.vipgate.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A misconfigured start of the packaged application: one readable list of every problem, no stack trace, no
 * secret echoed, and a distinct exit status (78 for settings, 69 for an unreachable database).
 */
class ConfigErrorsIT {

    private static final Duration EXIT_LIMIT = Duration.ofSeconds(60);

    @Test
    void withNothingSet_everyRequiredSettingIsListed_andTheProcessExits78() throws InterruptedException {
        try (PackagedProcess app = PackagedProcess.start("it-config-missing", Map.of("PATH", path()))) {
            int status = app.awaitExit(EXIT_LIMIT);

            assertThat(status).isEqualTo(78);
            assertThat(app.output())
                    .contains(
                            "vipgate cannot start. Fix these settings (see .env.example):",
                            "BOT_TOKEN is missing",
                            "ADMIN_IDS is missing",
                            "VIP_CHANNEL_ID is missing",
                            "FREE_CHANNEL_ID is missing",
                            "DATABASE_URL is missing");
            assertNoStackTrace(app.output());
        }
    }

    @Test
    void malformedSettings_areNamedTogether_withoutEchoingTheirValues() throws InterruptedException {
        Map<String, String> environment = validEnvironment();
        environment.put("BOT_TOKEN", "leaked-looking-secret-value");
        environment.put("ADMIN_IDS", "12,abc");
        environment.put("DATABASE_URL", "mysql://user:secret-password@db:3306/vipgate");
        environment.put("PORT", "99999");
        environment.remove("WEBHOOK_SECRET");

        try (PackagedProcess app = PackagedProcess.start("it-config-malformed", environment)) {
            int status = app.awaitExit(EXIT_LIMIT);

            assertThat(status).isEqualTo(78);
            assertThat(app.output())
                    .contains(
                            "BOT_TOKEN is malformed",
                            "ADMIN_IDS is malformed",
                            "DATABASE_URL is malformed",
                            "PORT is malformed",
                            "WEBHOOK_SECRET is missing")
                    .doesNotContain("leaked-looking-secret-value", "secret-password");
            assertNoStackTrace(app.output());
        }
    }

    @Test
    void malformedWaitPoolPortAndTimeout_areListedTogether_withExit78_andNoStackTrace() throws InterruptedException {
        Map<String, String> environment = validEnvironment();
        environment.put("DB_WAIT", "abc");
        environment.put("DB_POOL_SIZE", "ten");
        environment.put("MANAGEMENT_PORT", "70000");
        environment.put("UPDATE_HANDLING_TIMEOUT", "soon");

        try (PackagedProcess app = PackagedProcess.start("it-config-ranges", environment)) {
            int status = app.awaitExit(EXIT_LIMIT);

            assertThat(status).isEqualTo(78);
            assertThat(app.output())
                    .contains(
                            "vipgate cannot start. Fix these settings (see .env.example):",
                            "DB_WAIT is malformed",
                            "DB_POOL_SIZE is malformed",
                            "MANAGEMENT_PORT is malformed",
                            "UPDATE_HANDLING_TIMEOUT is malformed");
            assertNoStackTrace(app.output());
        }
    }

    @Test
    void anUnreachableDatabase_endsStartUpWith69_namingTheHost() throws InterruptedException {
        int closedPort = ItSettings.freePort();
        Map<String, String> environment = validEnvironment();
        environment.put("DATABASE_URL", "postgresql://vipgate:secret-password@127.0.0.1:" + closedPort + "/vipgate");
        environment.put("DB_WAIT", "2s");

        try (PackagedProcess app = PackagedProcess.start("it-config-no-database", environment)) {
            int status = app.awaitExit(EXIT_LIMIT);

            assertThat(status).isEqualTo(69);
            assertThat(app.output())
                    .contains("vipgate cannot start. PostgreSQL at 127.0.0.1:" + closedPort)
                    .doesNotContain("secret-password");
            assertNoStackTrace(app.output());
        }
    }

    private static Map<String, String> validEnvironment() {
        return new HashMap<>(ItSettings.environment(
                "http://127.0.0.1:9", ItSettings.database(), ItSettings.freePort(), ItSettings.freePort()));
    }

    private static void assertNoStackTrace(String output) {
        assertThat(output).doesNotContain("Exception", "\tat ");
    }

    private static String path() {
        return System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    }
}

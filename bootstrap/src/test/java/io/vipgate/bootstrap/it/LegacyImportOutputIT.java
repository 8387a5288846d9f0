package io.vipgate.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.sqlite.LegacyFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-sqlite} as an operator runs it, from the packaged application: the report alone on stdout (so that it
 * can be saved or piped), the production JSON log lines on stderr, nothing written beside the legacy file.
 */
class LegacyImportOutputIT {

    @TempDir
    Path dir;

    @Test
    void theReportGoesToStdout_andTheLogLinesToStderr() throws Exception {
        Path file = dir.resolve("bot.db");
        long user = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
        try (LegacyFile bot = LegacyFile.createLikeTheBot(file, 1)) {
            bot.insert(
                    "users",
                    "user_id",
                    user,
                    "first_name",
                    "Ana",
                    "role",
                    "VIP",
                    "created_at",
                    "2025-11-05 23:30:00.000000",
                    "updated_at",
                    "2025-11-05 23:30:00.000000");
        }
        Map<String, String> environment = new HashMap<>(ItSettings.environment(
                "http://127.0.0.1:9", ItSettings.database(), ItSettings.freePort(), ItSettings.freePort()));
        environment
                .keySet()
                .retainAll(List.of("PATH", "DATABASE_URL", "FREE_CHANNEL_ID", "MANAGEMENT_PORT", "DB_WAIT"));

        try (PackagedProcess importer = PackagedProcess.command(
                "it-import-sqlite", environment, List.of("import-sqlite", "--file", file.toString()))) {
            int status = importer.awaitExit(Duration.ofSeconds(120));

            assertThat(status).as(importer.output() + importer.errors()).isZero();
            assertThat(importer.output().strip())
                    .startsWith("Import from " + file)
                    .contains("IMPORTED in one transaction")
                    .doesNotContain("\"loggerName\"", "timestamp");
            assertThat(importer.errors()).contains("\"loggerName\"").doesNotContain("Import from");
        }
        assertThat(Files.list(dir).map(path -> path.getFileName().toString())).containsExactly("bot.db");
    }
}

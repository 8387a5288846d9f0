package io.vipgate.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.sqlite.LegacyFiles;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 100,000 subscribers (and their users) import within a minute; the time goes to BENCHMARKS.md. */
@QuarkusTest
@TestProfile(ImportTestMode.class)
class LegacyImportSpeedTest {

    static final int SUBSCRIBERS = 100_000;

    @TempDir
    Path dir;

    @Inject
    ImportCommand command;

    @Inject
    DataSource database;

    private final long firstUser = ThreadLocalRandom.current().nextLong(1_000_000_000L, 8_000_000_000_000L);

    /** 80,000 extra active subscribers would crowd other tests' pages of /subs in the shared database. */
    @AfterEach
    void removeTheImportedRows() throws Exception {
        try (Connection connection = database.getConnection()) {
            for (String table : List.of("subscription_history", "subscription", "free_join_request", "app_user")) {
                String key = table.equals("app_user") ? "id" : "user_id";
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE " + key + " BETWEEN ? AND ?")) {
                    delete.setLong(1, firstUser);
                    delete.setLong(2, firstUser + SUBSCRIBERS - 1);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void hundredThousandSubscribers_importInUnderAMinute() throws Exception {
        Path file = dir.resolve("legacy-100k.db");
        LegacyFiles.large(file, SUBSCRIBERS, firstUser, LocalDateTime.now(ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long started = System.nanoTime();
        int status = command.execute(
                List.of("import-sqlite", "--file", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err,
                ImportProgress.NONE);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        String report = out.toString(StandardCharsets.UTF_8);
        System.out.printf("legacy import of %,d subscribers: %d ms%n", SUBSCRIBERS, took.toMillis());
        assertThat(status).as(report).isZero();
        assertThat(report)
                .containsPattern("users +100000 +100000 +0 +0 +0  100000 ok")
                .containsPattern("vip_subscribers +100000 +100000 +0 +0 +0  100000 ok")
                .containsPattern("free_channel_requests +10000 +10000 +0 +0 +0  10000 ok");
    }
}

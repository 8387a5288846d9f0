package io.vipgate.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Start-up waits for PostgreSQL with one line per attempt, then gives up naming the host. */
class DatabaseWaitTest {

    @Test
    void unreachableDatabase_isRetriedWithALinePerAttempt_thenNamedInTheFailure() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        DatabaseWait wait = new DatabaseWait(
                "jdbc:postgresql://127.0.0.1:1/nothing", Optional.of("u"), Optional.of("topsecret"), lines::add);

        // 3 s: room for two attempts even when loading the driver makes the first one slow on a busy machine.
        Optional<String> failure = wait.awaitUpTo(Duration.ofSeconds(3));

        assertThat(failure)
                .hasValueSatisfying(message ->
                        assertThat(message).contains("127.0.0.1:1", "DB_WAIT").doesNotContain("topsecret"));
        assertThat(lines)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).contains("waiting for PostgreSQL at 127.0.0.1:1"));
    }

    @Test
    @EnabledIfEnvironmentVariable(
            named = "VIPGATE_TEST_JDBC_URL",
            matches = "jdbc:postgresql:.*",
            disabledReason = "needs the local PostgreSQL that scripts/test prepares")
    void reachableDatabase_answersAtOnce() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        DatabaseWait wait = new DatabaseWait(
                System.getenv("VIPGATE_TEST_JDBC_URL"),
                Optional.ofNullable(System.getenv("VIPGATE_TEST_DB_USER")).or(() -> Optional.of("vipgate")),
                Optional.ofNullable(System.getenv("VIPGATE_TEST_DB_PASSWORD")).or(() -> Optional.of("vipgate")),
                lines::add);

        assertThat(wait.awaitUpTo(Duration.ofSeconds(10))).isEmpty();
        assertThat(lines).isEmpty();
    }
}

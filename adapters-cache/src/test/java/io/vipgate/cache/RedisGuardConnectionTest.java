package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import io.vipgate.application.fakes.Eventually;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Commands share one pipelined connection; a connection that dies is replaced by the next command. */
@QuarkusTest
class RedisGuardConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    RedisGuard guard;

    @Inject
    RedisDataSource admin;

    @Test
    void commandsInFlightTogether_shareOneConnection() {
        List<Uni<Response>> together = IntStream.range(0, 50)
                .mapToObj(i -> guard.execute(Command.CLIENT, "ID"))
                .toList();

        List<Long> ids = Uni.join().all(together).andFailFast().await().atMost(WAIT).stream()
                .map(Response::toLong)
                .distinct()
                .toList();

        assertThat(ids).hasSize(1);
    }

    @Test
    void aConnectionKilledByRedis_isReplacedByTheNextCommand() {
        long before = clientId();

        admin.execute("CLIENT", "KILL", "ID", Long.toString(before));

        AtomicLong after = new AtomicLong();
        Eventually.until("a command succeeds on a new connection", WAIT, () -> {
            try {
                after.set(clientId());
                return true;
            } catch (RuntimeException failedWithTheDeadOne) {
                return false;
            }
        });
        assertThat(after.get()).isNotEqualTo(before);
        assertThat(clientId()).isEqualTo(after.get());
    }

    private long clientId() {
        return guard.execute(Command.CLIENT, "ID").await().atMost(WAIT).toLong();
    }
}

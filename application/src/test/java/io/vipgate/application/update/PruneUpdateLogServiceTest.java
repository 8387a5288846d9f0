package io.vipgate.application.update;

import io.vipgate.application.fakes.Fixtures;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.InMemoryUpdateLog;
import io.vipgate.application.fakes.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The update log keeps a day of ids, enough for every redelivery Telegram makes. */
class PruneUpdateLogServiceTest {

    @Test
    void idsOlderThanADay_areForgotten_newerOnesKept() {
        MutableClock clock = new MutableClock(Fixtures.T0);
        InMemoryUpdateLog log = new InMemoryUpdateLog();
        join(log.firstDelivery(1, Fixtures.T0));
        join(log.firstDelivery(2, Fixtures.T0.plus(Duration.ofHours(2))));
        clock.advance(Duration.ofDays(1).plusHours(1));

        assertThat(join(new PruneUpdateLogService(log, clock).prune()).done()).isEqualTo(1);

        assertThat(join(log.firstDelivery(1, clock.instant()))).as("forgotten").isTrue();
        assertThat(join(log.firstDelivery(2, clock.instant()))).as("kept").isFalse();
    }
}

package io.vipgate.application.update;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemoryUpdateLog;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.update.port.out.UpdateClaim;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The update log keeps a day of ids, enough for every redelivery Telegram makes. */
class PruneUpdateLogServiceTest {

    @Test
    void idsOlderThanADay_areForgotten_newerOnesKept() {
        MutableClock clock = new MutableClock(Fixtures.T0);
        InMemoryUpdateLog log = new InMemoryUpdateLog();
        join(log.claim(1, "a", Fixtures.T0, Fixtures.T0));
        join(log.claim(2, "a", Fixtures.T0.plus(Duration.ofHours(2)), Fixtures.T0));
        join(log.done(2));
        clock.advance(Duration.ofDays(1).plusHours(1));

        assertThat(join(new PruneUpdateLogService(log, clock).prune()).done()).isEqualTo(1);

        assertThat(join(log.claim(1, "b", clock.instant(), Fixtures.T0)))
                .as("forgotten")
                .isEqualTo(UpdateClaim.CLAIMED);
        assertThat(join(log.claim(2, "b", clock.instant(), Fixtures.T0)))
                .as("kept")
                .isEqualTo(UpdateClaim.DONE);
    }
}

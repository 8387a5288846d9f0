package io.vipgate.application.update;

import io.vipgate.application.fakes.Fixtures;
import static io.vipgate.application.fakes.Stages.join;
import static io.vipgate.application.fakes.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.InMemoryUpdateLog;
import io.vipgate.application.fakes.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each update is taken in once; a failed one is handed back for Telegram's redelivery. */
class AcceptUpdateServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryUpdateLog log = new InMemoryUpdateLog();
    private final AcceptUpdateService service = new AcceptUpdateService(log, clock);

    @Test
    void aNewUpdate_isClaimed_stampedWithTheTimeItCameIn() {
        clock.advance(Duration.ofSeconds(30));
        assertThat(join(service.claim(1001L))).isTrue();
        assertThat(log.firstSeen(1001L)).contains(T0.plusSeconds(30));
    }

    @Test
    void aRedeliveredUpdate_isNotClaimedAgain_andKeepsItsFirstStamp() {
        join(service.claim(1001L));
        clock.advance(Duration.ofMinutes(1));
        assertThat(join(service.claim(1001L))).isFalse();
        assertThat(join(service.claim(1002L))).isTrue();
        assertThat(log.firstSeen(1001L)).contains(T0);
    }

    @Test
    void aReleasedUpdate_canBeClaimedAgain() {
        join(service.claim(1001L));
        join(service.release(1001L));
        assertThat(join(service.claim(1001L))).isTrue();
    }
}

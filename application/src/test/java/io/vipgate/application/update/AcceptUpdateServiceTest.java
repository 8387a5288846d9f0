package io.vipgate.application.update;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.fakes.InMemoryUpdateLog;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.update.port.out.UpdateClaim;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each update is taken in once, done only once handled; a claim whose handler died is taken over after the timeout. */
class AcceptUpdateServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryUpdateLog log = new InMemoryUpdateLog();
    private final AcceptUpdateService service = new AcceptUpdateService(log, clock, "replica-a", TIMEOUT);
    private final AcceptUpdateService other = new AcceptUpdateService(log, clock, "replica-b", TIMEOUT);

    @Test
    void aNewUpdate_isClaimed_stampedWithTheTimeItCameIn_andOwnedByThisProcess() {
        clock.advance(Duration.ofSeconds(30));
        assertThat(join(service.claim(1001L))).isEqualTo(UpdateClaim.CLAIMED);
        assertThat(log.firstSeen(1001L)).contains(T0.plusSeconds(30));
        assertThat(log.entry(1001L).orElseThrow().owner()).contains("replica-a");
    }

    @Test
    void aDoneUpdate_isADuplicate_forEveryOwner_evenLongAfter() {
        join(service.claim(1001L));
        join(service.done(1001L));
        clock.advance(Duration.ofHours(2));

        assertThat(join(service.claim(1001L))).isEqualTo(UpdateClaim.DONE);
        assertThat(join(other.claim(1001L))).isEqualTo(UpdateClaim.DONE);
        assertThat(log.firstSeen(1001L)).contains(T0);
    }

    @Test
    void aClaimNotDone_isBusyForAnotherOwner_untilTheHandlingTimeout_thenTakenOver() {
        join(service.claim(1001L));
        clock.advance(TIMEOUT);
        assertThat(join(other.claim(1001L))).as("exactly at the timeout").isEqualTo(UpdateClaim.BUSY);

        clock.advance(Duration.ofMillis(1));
        assertThat(join(other.claim(1001L))).isEqualTo(UpdateClaim.CLAIMED);
        assertThat(join(service.claim(1001L)))
                .as("the old owner lost it to a fresh claim")
                .isEqualTo(UpdateClaim.BUSY);
    }

    @Test
    void anOwnersOwnClaimNotDone_isItsToTakeAgain_atOnce() {
        join(service.claim(1001L));
        assertThat(join(service.claim(1001L))).isEqualTo(UpdateClaim.CLAIMED);
    }

    @Test
    void aReleasedUpdate_canBeClaimedByAnyone_butAReleaseByAnotherOwnerChangesNothing() {
        join(service.claim(1001L));
        join(other.release(1001L));
        assertThat(join(other.claim(1001L))).isEqualTo(UpdateClaim.BUSY);

        join(service.release(1001L));
        assertThat(join(other.claim(1001L))).isEqualTo(UpdateClaim.CLAIMED);
    }

    @Test
    void anOwnerWithAColon_orANonPositiveTimeout_isRefused() {
        assertThatThrownBy(() -> new AcceptUpdateService(log, clock, "a:b", TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AcceptUpdateService(log, clock, "a", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

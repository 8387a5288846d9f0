package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UpdateLog} does, held against the in-memory fake and the PostgreSQL adapter alike: a redelivered
 * update is handled once, one whose handler died is handled after all. Forgetting is by age over every id, so the
 * tests claim in a random moment of the far past, where only this contract's ids live.
 */
public abstract class UpdateLogContract {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Instant t0 = FarTimes.past();

    protected abstract UpdateLog log();

    private static long updateId() {
        return ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE);
    }

    private UpdateClaim claim(long updateId, String owner, Instant now) {
        return Await.result(log().claim(updateId, owner, now, now.minus(TIMEOUT)));
    }

    @Test
    void aNewId_isClaimed_andBusyForAnotherOwner_butNotForItsOwn() {
        long id = updateId();

        assertThat(claim(id, "a", t0)).isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(id, "b", t0.plusSeconds(1))).isEqualTo(UpdateClaim.BUSY);
        assertThat(claim(id, "a", t0.plusSeconds(2)))
                .as("its own failed claim, taken again")
                .isEqualTo(UpdateClaim.CLAIMED);
    }

    @Test
    void aStaleClaim_isTakenOver_andThenBusyForTheOwnerWhoLostIt() {
        long id = updateId();
        claim(id, "a", t0);
        Instant later = t0.plus(TIMEOUT).plusSeconds(1);

        assertThat(claim(id, "b", t0.plus(TIMEOUT))).as("not stale yet").isEqualTo(UpdateClaim.BUSY);
        assertThat(claim(id, "b", later)).isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(id, "a", later.plusSeconds(1))).isEqualTo(UpdateClaim.BUSY);
    }

    @Test
    void aDoneId_isDoneForEveryone_forever() {
        long id = updateId();
        claim(id, "a", t0);

        Await.result(log().done(id));

        assertThat(claim(id, "a", t0.plusSeconds(1))).isEqualTo(UpdateClaim.DONE);
        assertThat(claim(id, "b", t0.plus(Duration.ofDays(1)))).isEqualTo(UpdateClaim.DONE);
    }

    @Test
    void anIdMarkedDoneWithoutAClaimHere_isDone() {
        // the claim was taken in Redis, which failed before the update was done: the mark lands here alone
        long id = updateId();

        Await.result(log().done(id));

        assertThat(claim(id, "a", t0)).isEqualTo(UpdateClaim.DONE);
    }

    @Test
    void aReleasedClaim_isAnyonesAtOnce_butOnlyItsOwnerMayReleaseIt() {
        long id = updateId();
        claim(id, "a", t0);

        Await.result(log().release(id, "b"));
        assertThat(claim(id, "b", t0.plusSeconds(1))).as("a stranger's release").isEqualTo(UpdateClaim.BUSY);

        Await.result(log().release(id, "a"));
        assertThat(claim(id, "b", t0.plusSeconds(2))).isEqualTo(UpdateClaim.CLAIMED);
    }

    @Test
    void releasingADoneId_leavesItDone() {
        long id = updateId();
        claim(id, "a", t0);
        Await.result(log().done(id));

        Await.result(log().release(id, "a"));

        assertThat(claim(id, "b", t0.plusSeconds(1))).isEqualTo(UpdateClaim.DONE);
    }

    @Test
    void forgetBefore_forgetsIdsFirstSeenBeforeTheCutoff_andATakeoverDoesNotRenewThem() {
        long old = updateId();
        long takenOver = updateId();
        long recent = updateId();
        claim(old, "a", t0);
        Await.result(log().done(old));
        claim(takenOver, "a", t0.plusSeconds(1));
        claim(takenOver, "b", t0.plus(Duration.ofHours(2)));
        claim(recent, "a", t0.plus(Duration.ofHours(2)));
        Await.result(log().done(recent));

        long forgotten = Await.result(log().forgetBefore(t0.plus(Duration.ofHours(1))));

        assertThat(forgotten).isGreaterThanOrEqualTo(2);
        Instant later = t0.plus(Duration.ofHours(3));
        assertThat(claim(old, "c", later)).as("forgotten: new again").isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(takenOver, "c", later))
                .as("first seen before the cutoff")
                .isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(recent, "c", later)).isEqualTo(UpdateClaim.DONE);
    }
}

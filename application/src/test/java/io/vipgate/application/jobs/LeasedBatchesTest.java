package io.vipgate.application.jobs;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.JobWorld;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** How a job works through its rows, shown on the expiry job: batch after batch, never past half its lease. */
class LeasedBatchesTest {

    private final JobWorld world = new JobWorld();

    private ExpireDueSubscriptionsService service(JobSettings settings) {
        return new ExpireDueSubscriptionsService(
                world.dueSubscriptions,
                world.ledger,
                io.vipgate.application.fakes.Gates.removals(world),
                world.notifier,
                settings,
                world.clock);
    }

    private final ExpireDueSubscriptionsService service = service(JobWorld.SETTINGS);

    @Test
    void manyDueRows_areWorkedInBatches_untilAShortOne() {
        LongStream.rangeClosed(1, 5).forEach(id -> world.subscriber(id, VipDuration.ofDays(1)));
        world.clock.advance(Duration.ofDays(1));

        JobRun run = join(service(new JobSettings(2, Duration.ofMinutes(10), Duration.ofMinutes(1)))
                .expireDue());

        assertThat(run.done()).isEqualTo(5);
        assertThat(world.dueSubscriptions.claims()).as("2 + 2 + 1").isEqualTo(3);
    }

    @Test
    void whenTheLeaseRunsShort_theRestOfTheBatchIsGivenBack_forTheNextRun() {
        LongStream.rangeClosed(1, 3).forEach(id -> world.subscriber(id, VipDuration.ofDays(1)));
        world.clock.advance(Duration.ofDays(1));
        world.vipChannel.onRemove(userId -> world.clock.advance(Duration.ofMinutes(6)));

        assertThat(join(service.expireDue()).done()).isEqualTo(1);
        assertThat(world.subscriptions.lease(2))
                .hasValueSatisfying(lease -> assertThat(lease.until()).isEqualTo(world.clock.instant()));

        assertThat(join(service.expireDue()).done()).isEqualTo(1);
        assertThat(join(service.expireDue()).done()).isEqualTo(1);
        assertThat(world.vipChannel.removals()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void tenThousandDueRows_doNotOverflowTheStack() {
        LongStream.rangeClosed(1, 10_000)
                .forEach(id -> world.subscriptions.put(Fixtures.subscription(id, JobWorld.T0, 1)));
        world.clock.advance(Duration.ofDays(1));

        JobRun run = join(service(new JobSettings(1000, Duration.ofMinutes(10), Duration.ofMinutes(1)))
                .expireDue());

        assertThat(run.done()).isEqualTo(10_000);
    }
}

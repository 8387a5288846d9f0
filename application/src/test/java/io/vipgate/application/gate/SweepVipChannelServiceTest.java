package io.vipgate.application.gate;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.domain.gate.MemberStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sweep asks Telegram about those believed inside without the right, and removes whoever is still there. */
class SweepVipChannelServiceTest {

    private final GateWorld world = new GateWorld();
    private final SweepVipChannelService sweep = new SweepVipChannelService(
            world.members,
            world.channel,
            world.users,
            world.removals,
            world.notifier,
            world.observer,
            10,
            Duration.ofHours(1),
            world.clock);

    private void believedInside(long userId, MemberStatus telegramSays) {
        world.user(userId, true);
        join(world.members.seen(userId, MemberStatus.MEMBER, world.clock.instant()));
        world.channel.standing(userId, telegramSays);
    }

    @Test
    void someoneStillInsideWithoutTheRight_isRemovedAndTold() {
        believedInside(5, MemberStatus.MEMBER);

        JobRun run = join(sweep.sweep());

        assertThat(run.done()).isEqualTo(1);
        assertThat(world.channel.removals()).containsExactly(5L);
        assertThat(world.notifier.sentTo(5)).containsExactly(new Notice.TurnedAway());
        assertThat(world.counted).containsExactly("turned away via sweep");
        assertThat(world.members.standing(5)).isEqualTo(MemberStatus.LEFT);
    }

    @Test
    void someoneWhoLeftMeanwhile_isOnlyRecordedAsGone() {
        believedInside(6, MemberStatus.LEFT);

        join(sweep.sweep());

        assertThat(world.channel.removalAttempts()).isZero();
        assertThat(world.members.standing(6)).isEqualTo(MemberStatus.LEFT);
    }

    @Test
    void aChannelAdministrator_orAnAdmin_isNeverRemoved() {
        believedInside(7, MemberStatus.ADMINISTRATOR);
        believedInside(ADMIN, MemberStatus.MEMBER);

        join(sweep.sweep());

        assertThat(world.channel.removalAttempts()).isZero();
        assertThat(world.members.standing(7)).isEqualTo(MemberStatus.ADMINISTRATOR);
    }

    @Test
    void activeSubscribers_areNotAskedAbout() {
        world.subscriber(8, 30);
        join(world.members.seen(8, MemberStatus.MEMBER, world.clock.instant()));

        assertThat(join(sweep.sweep()).done()).isZero();
        assertThat(world.channel.removalAttempts()).isZero();
    }

    @Test
    void someoneCheckedAndKept_isNotAskedAboutAgainBeforeTheRecheck() {
        believedInside(ADMIN, MemberStatus.MEMBER);

        assertThat(join(sweep.sweep()).done()).isEqualTo(1);
        assertThat(join(sweep.sweep()).done()).as("checked a moment ago").isZero();
        world.clock.advance(Duration.ofHours(1));
        assertThat(join(sweep.sweep()).done()).isEqualTo(1);
    }
}

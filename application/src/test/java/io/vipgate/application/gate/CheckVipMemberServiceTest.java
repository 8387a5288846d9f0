package io.vipgate.application.gate;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.gate.port.in.CheckVipMemberUseCase.Check;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code chat_member} in the VIP channel: who comes in without the right is removed; nobody else is touched. */
class CheckVipMemberServiceTest {

    private final GateWorld world = new GateWorld();
    private final CheckVipMemberService service = new CheckVipMemberService(
            world.users, world.members, world.removals, world.notifier, world.observer, world.clock);

    private Check changed(BotUser user, MemberStatus before, MemberStatus after) {
        return join(service.changed(user, before, after));
    }

    private static BotUser stranger(long id) {
        return BotUser.seen(id, "Stranger", null, null, "es");
    }

    @Test
    void aNonSubscriberJoining_isRemovedAtOnce_toldHowToSubscribe_recordedAndCounted() {
        Check check = changed(stranger(50), MemberStatus.LEFT, MemberStatus.MEMBER);

        assertThat(check).isEqualTo(new Check.TurnedAway(Delivery.SENT));
        assertThat(world.channel.removals()).containsExactly(50L);
        assertThat(world.notifier.sentTo(50)).containsExactly(new Notice.TurnedAway());
        assertThat(world.members.turnedAwayUsers()).containsExactly(50L);
        assertThat(world.members.standing(50)).isEqualTo(MemberStatus.LEFT);
        assertThat(world.counted).containsExactly("turned away via chat_member");
        assertThat(join(world.users.find(50))).as("a new user is stored").isPresent();
    }

    @Test
    void aRestrictedJoin_isAJoinToo() {
        assertThat(changed(stranger(51), MemberStatus.KICKED, MemberStatus.RESTRICTED))
                .isInstanceOf(Check.TurnedAway.class);
        assertThat(world.channel.removals()).containsExactly(51L);
    }

    @Test
    void anActiveSubscriberJoining_stays_andIsRecordedInside() {
        world.subscriber(60, 30);

        assertThat(changed(stranger(60), MemberStatus.LEFT, MemberStatus.MEMBER))
                .isEqualTo(new Check.Allowed());
        assertThat(world.channel.removalAttempts()).isZero();
        assertThat(world.members.standing(60)).isEqualTo(MemberStatus.MEMBER);
    }

    @Test
    void anAdminJoining_isNeverBanned() {
        assertThat(changed(stranger(ADMIN), MemberStatus.LEFT, MemberStatus.MEMBER))
                .isEqualTo(new Check.Allowed());
        assertThat(world.channel.removalAttempts()).isZero();
    }

    @Test
    void aSubscriberWhoseTimeRanOut_joining_isRemoved() {
        world.subscriber(61, 1);
        world.clock.advance(Duration.ofDays(2));

        assertThat(changed(stranger(61), MemberStatus.LEFT, MemberStatus.MEMBER))
                .isInstanceOf(Check.TurnedAway.class);
    }

    @ParameterizedTest
    @CsvSource({
        "MEMBER, LEFT",
        "MEMBER, KICKED",
        "ADMINISTRATOR, MEMBER",
        "CREATOR, MEMBER",
        "MEMBER, RESTRICTED",
        "LEFT, ADMINISTRATOR",
        "LEFT, LEFT",
        "RESTRICTED, MEMBER"
    })
    void changesThatAreNotSomeoneComingIn_removeNobody(MemberStatus before, MemberStatus after) {
        assertThat(changed(stranger(70), before, after)).isEqualTo(new Check.NotAJoin());
        assertThat(world.channel.removalAttempts()).isZero();
        assertThat(world.members.standing(70)).isEqualTo(after);
    }

    @Test
    void aRedemptionCommittedBeforeTheBan_letsThemStay() {
        world.user(80, true);
        world.channel.beforeDecision(userId -> world.subscriptions.put(
                io.vipgate.application.fakes.Fixtures.subscription(userId, world.clock.instant(), 30)));

        assertThat(changed(stranger(80), MemberStatus.LEFT, MemberStatus.MEMBER))
                .isEqualTo(new Check.Allowed());
        assertThat(world.channel.removals()).isEmpty();
    }

    @Test
    void anUnreachableUser_isRemoved_butNotMessaged_andStaysUnreachable() {
        world.user(90, false);

        assertThat(changed(stranger(90), MemberStatus.LEFT, MemberStatus.MEMBER))
                .isEqualTo(new Check.TurnedAway(Delivery.BLOCKED));
        assertThat(world.notifier.sent()).isEmpty();
        assertThat(join(world.users.find(90)).orElseThrow().reachable()).isFalse();
    }

    @Test
    void aRefusedRemoval_isReportedToTheAdmins() {
        world.channel.refuseRemovalOf(95, RemovalRefusal.MISSING_RIGHTS);

        assertThat(changed(stranger(95), MemberStatus.LEFT, MemberStatus.MEMBER))
                .isEqualTo(new Check.Refused(RemovalRefusal.MISSING_RIGHTS));
        assertThat(world.notifier.sentTo(ADMIN))
                .containsExactly(new Notice.RemovalRefused(95, "Stranger", RemovalRefusal.MISSING_RIGHTS));
        assertThat(world.counted).containsExactly("refused MISSING_RIGHTS");
    }
}

package io.vipgate.application.gate;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.fakes.Stages;
import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase.Verdict;
import io.vipgate.application.messaging.port.out.JoinDecision;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** VIP join requests: active subscribers in, everyone else turned away, so a leaked link lets nobody in. */
class DecideVipJoinRequestServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemorySubscriptionRepository subscriptions =
            new InMemorySubscriptionRepository(new InMemoryUserRepository());
    private final FakeVipChannel channel = new FakeVipChannel();
    private final DecideVipJoinRequestService service = new DecideVipJoinRequestService(
            subscriptions, channel, io.vipgate.application.fakes.Fixtures.POLICY, clock);

    @Test
    void anActiveSubscriber_isLetIn() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        assertThat(join(service.decide(USER))).isEqualTo(new Verdict(true, JoinDecision.DONE));
        assertThat(channel.joinDecisions()).containsExactly("approve " + USER);
    }

    @Test
    void someoneWhoWasNeverVip_isTurnedAway() {
        assertThat(join(service.decide(USER))).isEqualTo(new Verdict(false, JoinDecision.DONE));
        assertThat(channel.joinDecisions()).containsExactly("decline " + USER);
    }

    @Test
    void anEndedSubscriber_isTurnedAway_evenBeforeTheExpiryJobRan() {
        subscriptions.put(Fixtures.subscription(USER, T0, 1));
        clock.advance(Duration.ofDays(1));
        assertThat(join(service.decide(USER)).approved()).isFalse();

        subscriptions.put(Fixtures.subscription(USER, T0, 30).revoke(T0.plusSeconds(60)));
        assertThat(join(service.decide(USER)).approved()).isFalse();
        assertThat(channel.joinDecisions()).containsExactly("decline " + USER, "decline " + USER);
    }

    @Test
    void telegramsAnswer_isPassedOn() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        channel.answerJoinRequestsWith(JoinDecision.ALREADY_SETTLED);
        assertThat(join(service.decide(USER))).isEqualTo(new Verdict(true, JoinDecision.ALREADY_SETTLED));
    }

    @Test
    void aDecisionTelegramDidNotTake_failsTheUpdate_soThatTelegramDeliversItAgain() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        channel.answerJoinRequestsWith(JoinDecision.FAILED);

        assertThat(Stages.failureOf(() -> service.decide(USER))).hasMessageContaining("retry later");
    }

    @Test
    void anAdminsJoinRequest_isApproved_withoutASubscription() {
        assertThat(join(service.decide(io.vipgate.application.fakes.Fixtures.ADMIN))
                        .approved())
                .isTrue();
        assertThat(channel.joinDecisions()).containsExactly("approve " + io.vipgate.application.fakes.Fixtures.ADMIN);
    }
}

package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.fakes.FakeNotifier;
import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.Gates;
import io.vipgate.application.fakes.InMemoryInviteLinks;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase.KickOutcome;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /kick}: whoever the kick removed is told; nobody who kept access, or never had it, hears of it. */
class KickAndInformServiceTest {

    private static final Subscription ENDED =
            Fixtures.subscription(USER, T0, 30).revoke(T0.plusSeconds(60));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FakeNotifier notifier = new FakeNotifier();
    private final InformSubscriberService inform = new InformSubscriberService(
            users,
            Gates.links(
                    new InMemorySubscriptionRepository(users),
                    new FakeVipChannel(),
                    new InMemoryInviteLinks(),
                    Fixtures.POLICY,
                    clock),
            notifier);
    private final List<Long> kicked = new ArrayList<>();
    private KickResult result = new KickResult.Kicked(ENDED);
    private final KickSubscriberUseCase kicks = (adminId, userId) -> {
        kicked.add(userId);
        return CompletableFuture.completedFuture(result);
    };
    private final KickAndInformService service = new KickAndInformService(kicks, inform);

    @Test
    void aUserTheKickRemoved_isToldTheirVipEnded() {
        KickOutcome outcome = join(service.kick(ADMIN, USER));

        assertThat(outcome).isEqualTo(new KickOutcome(new KickResult.Kicked(ENDED), Optional.of(Delivery.SENT)));
        assertThat(kicked).containsExactly(USER);
        assertThat(notifier.sentTo(USER)).containsExactly(new Notice.AccessRevoked());
    }

    @Test
    void aUserWhoBlockedTheBot_isStillKicked_andTheAnswerSaysSo() {
        notifier.answerWith(Delivery.BLOCKED);

        assertThat(join(service.kick(ADMIN, USER)).told()).contains(Delivery.BLOCKED);
    }

    static List<KickResult> nobodyRemoved() {
        return List.of(
                new KickResult.NotSubscribed(),
                new KickResult.RenewedMeanwhile(),
                new KickResult.EndedAdminKept(ENDED),
                new KickResult.Refused(RemovalRefusal.MISSING_RIGHTS));
    }

    @ParameterizedTest
    @MethodSource("nobodyRemoved")
    void aKickThatRemovedNobody_tellsNobody(KickResult notRemoved) {
        result = notRemoved;

        assertThat(join(service.kick(ADMIN, USER))).isEqualTo(new KickOutcome(notRemoved, Optional.empty()));
        assertThat(notifier.sent()).isEmpty();
    }

    @Test
    void aFailedKick_tellsNobody() {
        KickAndInformService failing = new KickAndInformService(
                (adminId, userId) -> CompletableFuture.failedFuture(new IllegalStateException("Telegram down")),
                inform);

        assertThat(failureOf(() -> failing.kick(ADMIN, USER))).hasMessageContaining("Telegram down");
        assertThat(notifier.sent()).isEmpty();
    }

    @Test
    void anOutcome_carriesADeliveryExactlyWhenTheUserWasRemoved() {
        assertThatThrownBy(() -> new KickOutcome(new KickResult.Kicked(ENDED), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KickOutcome(new KickResult.NotSubscribed(), Optional.of(Delivery.SENT)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.ADMIN;
import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.FakeNotifier;
import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.Gates;
import io.vipgate.application.fakes.InMemoryInviteLinks;
import io.vipgate.application.fakes.InMemorySubscriptionLedger;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryTokenRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase.Extended;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /extend}: the time granted first, then the user told of the new expiry; a failed telling undoes nothing. */
class ExtendAndInformServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
    private final InMemorySubscriptionLedger ledger =
            new InMemorySubscriptionLedger(new InMemoryTokenRepository(), subscriptions);
    private final FakeVipChannel channel = new FakeVipChannel();
    private final FakeNotifier notifier = new FakeNotifier();
    private final ExtendAndInformService service = new ExtendAndInformService(
            new ExtendSubscriptionService(ledger, Fixtures.POLICY, clock),
            new InformSubscriberService(
                    users,
                    Gates.links(subscriptions, channel, new InMemoryInviteLinks(), Fixtures.POLICY, clock),
                    notifier));

    @Test
    void theUserIsToldTheNewExpiry_withALinkIssuedAfterTheExtension() {
        Extended extended = join(service.extend(ADMIN, USER, VipDuration.ofDays(10)));

        assertThat(extended.subscription().expiresAt()).isEqualTo(T0.plus(Duration.ofDays(10)));
        assertThat(extended.told()).isEqualTo(Delivery.SENT);
        assertThat(notifier.sentTo(USER))
                .singleElement()
                .isInstanceOfSatisfying(
                        Notice.AccessGranted.class,
                        granted -> assertThat(granted.expiresAt())
                                .isEqualTo(extended.subscription().expiresAt()));
        assertThat(channel.linkRequests())
                .as("a link only an active subscriber gets")
                .hasSize(1);
    }

    @Test
    void aUserWhoBlockedTheBot_keepsTheExtension_andTheAnswerSaysSo() {
        notifier.answerWith(Delivery.BLOCKED);

        Extended extended = join(service.extend(ADMIN, USER, VipDuration.ofDays(10)));

        assertThat(extended.told()).isEqualTo(Delivery.BLOCKED);
        assertThat(subscriptions.get(USER)).contains(extended.subscription());
    }

    @Test
    void aFailedTelling_isReportedFailed_andTheExtensionStands() {
        channel.failLinks();

        Extended extended = join(service.extend(ADMIN, USER, VipDuration.ofDays(10)));

        assertThat(extended.told()).isEqualTo(Delivery.FAILED);
        assertThat(subscriptions.get(USER)).contains(extended.subscription());
    }

    @Test
    void aRejectedExtension_tellsNobody() {
        assertThat(failureOf(() -> service.extend(ADMIN, 0L, VipDuration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(notifier.sent()).isEmpty();
    }
}

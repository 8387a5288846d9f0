package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tells a user what an admin did to their access; never fails, the delivery says how it went. */
class InformSubscriberServiceTest {

    private static final Instant EXPIRES = T0.plus(Duration.ofDays(30));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FakeVipChannel channel = new FakeVipChannel();
    private final FakeNotifier notifier = new FakeNotifier();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
    private final InformSubscriberService service = new InformSubscriberService(
            users,
            Gates.links(
                    subscriptions,
                    channel,
                    new InMemoryInviteLinks(),
                    Fixtures.policy(Duration.ofDays(7), Duration.ofMinutes(30)),
                    clock),
            notifier);

    @org.junit.jupiter.api.BeforeEach
    void anActiveSubscription() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
    }

    @Test
    void accessGranted_sendsTheExpiryWithAFreshPersonalLink() {
        BotUser ana = BotUser.seen(USER, "Ana", "López", null, "es");
        users.upsert(ana);
        clock.advance(Duration.ofMinutes(2));

        assertThat(join(service.accessGranted(USER, EXPIRES))).isEqualTo(Delivery.SENT);

        Instant linkExpiry = clock.instant().plus(Duration.ofMinutes(30));
        assertThat(channel.linkRequests())
                .containsExactly(new FakeVipChannel.LinkRequest(USER, "Ana López", linkExpiry));
        assertThat(notifier.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.recipient()).isEqualTo(ana);
            assertThat(sent.notice()).isInstanceOfSatisfying(Notice.AccessGranted.class, granted -> {
                assertThat(granted.expiresAt()).isEqualTo(EXPIRES);
                assertThat(granted.link().expiresAt()).isEqualTo(linkExpiry);
            });
        });
    }

    @Test
    void aUserNeverSeen_isStillTried() {
        assertThat(join(service.accessRevoked(77L))).isEqualTo(Delivery.SENT);
        assertThat(notifier.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.recipient().id()).isEqualTo(77L);
            assertThat(sent.notice()).isEqualTo(new Notice.AccessRevoked());
        });
    }

    @Test
    void aBlockedBot_comesBackAsBlocked() {
        users.upsert(BotUser.seen(USER, "Ana", null, null, "es"));
        notifier.answerWith(Delivery.BLOCKED);
        assertThat(join(service.accessRevoked(USER))).isEqualTo(Delivery.BLOCKED);
    }

    @Test
    void whenNoLinkCanBeMinted_theGrantIsReportedFailed_withoutThrowing() {
        channel.failLinks();
        assertThat(join(service.accessGranted(USER, EXPIRES))).isEqualTo(Delivery.FAILED);
        assertThat(notifier.sent()).isEmpty();
    }

    @Test
    void aNotifierThatFails_isReportedFailed_withoutThrowing() {
        notifier.breakPromise();
        assertThat(join(service.accessRevoked(USER))).isEqualTo(Delivery.FAILED);
        assertThat(join(service.accessGranted(USER, EXPIRES))).isEqualTo(Delivery.FAILED);
    }
}

package io.vipgate.application.gate;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase.LinkResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /link}: a fresh personal invite link, for active subscribers only. */
class IssueInviteLinkServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemorySubscriptionRepository subscriptions =
            new InMemorySubscriptionRepository(new InMemoryUserRepository());
    private final FakeVipChannel channel = new FakeVipChannel();
    private final io.vipgate.application.fakes.InMemoryInviteLinks links =
            new io.vipgate.application.fakes.InMemoryInviteLinks();
    private final IssueInviteLinkService service = new IssueInviteLinkService(
            subscriptions, channel, links, Fixtures.policy(Duration.ofDays(7), Duration.ofMinutes(45)), clock);

    private LinkResult issue() {
        return join(service.issue(USER, "Ana López"));
    }

    @Test
    void anActiveSubscriber_getsAFreshLinkNamedAfterThem_expiringAfterTheLifetime() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        clock.advance(Duration.ofDays(2));

        LinkResult result = issue();

        assertThat(result)
                .isInstanceOfSatisfying(
                        LinkResult.Issued.class,
                        issued -> assertThat(issued.link().expiresAt())
                                .isEqualTo(clock.instant().plus(Duration.ofMinutes(45))));
        assertThat(channel.linkRequests())
                .containsExactly(new FakeVipChannel.LinkRequest(
                        USER, "Ana López", clock.instant().plus(Duration.ofMinutes(45))));
    }

    @Test
    void everyCall_mintsANewLink() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        LinkResult.Issued first = (LinkResult.Issued) issue();
        LinkResult.Issued second = (LinkResult.Issued) issue();
        assertThat(first.link().url()).isNotEqualTo(second.link().url());
        assertThat(channel.linkRequests()).hasSize(2);
    }

    @Test
    void aNewLink_revokesThePreviousOne_soThatOneLinkIsLive() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        LinkResult.Issued first = (LinkResult.Issued) issue();
        LinkResult.Issued second = (LinkResult.Issued) issue();
        LinkResult.Issued third = (LinkResult.Issued) issue();

        assertThat(channel.revokedLinks())
                .containsExactly(first.link().url(), second.link().url());
        assertThat(links.live(USER, clock.instant()))
                .containsExactly(third.link().url());
    }

    @Test
    void anExpiredLink_isNotRevokedAgain() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        issue();
        clock.advance(Duration.ofHours(1));
        issue();

        assertThat(channel.revokedLinks()).isEmpty();
    }

    @Test
    void someoneWhoWasNeverVip_getsNoLink() {
        assertThat(issue()).isEqualTo(new LinkResult.NotActive());
        assertThat(channel.linkRequests()).isEmpty();
    }

    @Test
    void anEndedSubscriber_getsNoLink_evenBeforeTheExpiryJobRan() {
        subscriptions.put(Fixtures.subscription(USER, T0, 1));
        clock.advance(Duration.ofDays(1));
        assertThat(issue()).isEqualTo(new LinkResult.NotActive());

        subscriptions.put(Fixtures.subscription(USER, T0, 30).revoke(T0.plus(Duration.ofHours(5))));
        assertThat(issue()).isEqualTo(new LinkResult.NotActive());
        assertThat(channel.linkRequests()).isEmpty();
    }

    @Test
    void aTelegramFailure_reachesTheCaller() {
        subscriptions.put(Fixtures.subscription(USER, T0, 30));
        channel.failLinks();
        assertThat(failureOf(() -> service.issue(USER, "Ana"))).hasMessageContaining("Telegram");
    }
}

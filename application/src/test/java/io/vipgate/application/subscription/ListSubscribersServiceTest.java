package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.subscription.port.in.SubscriberEntry;
import io.vipgate.application.subscription.port.in.SubscriberPage;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /subs [page]}: active subscribers, soonest expiry first, 20 a page. */
class ListSubscribersServiceTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
    private final ListSubscribersService service = new ListSubscribersService(subscriptions, clock);

    /** Subscribers 1..count; subscriber n expires after n days, so the order is by id. */
    private void subscribers(int count) {
        for (int n = 1; n <= count; n++) {
            users.upsert(BotUser.seen(n, "User" + n, null, null, "es"));
            subscriptions.put(Fixtures.subscription(n, T0, n));
        }
    }

    private SubscriberPage page(int page) {
        return join(service.page(page));
    }

    @Test
    void noSubscribers_isOneEmptyPage() {
        assertThat(page(1)).isEqualTo(new SubscriberPage(List.of(), 1, 1, 0));
    }

    @Test
    void twentySubscribers_fitOnePage() {
        subscribers(20);
        SubscriberPage page = page(1);
        assertThat(page.entries()).hasSize(20);
        assertThat(page.pageCount()).isEqualTo(1);
        assertThat(page.total()).isEqualTo(20);
    }

    @Test
    void twentyOneSubscribers_needTwoPages_theSecondHoldingTheLastOne() {
        subscribers(21);
        assertThat(page(1).entries()).hasSize(20);
        SubscriberPage second = page(2);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(21);
        assertThat(second.entries())
                .singleElement()
                .satisfies(e -> assertThat(e.user().id()).isEqualTo(21L));
    }

    @Test
    void entriesComeSoonestExpiryFirst_withTheirUser() {
        subscribers(3);
        assertThat(page(1).entries())
                .extracting(e -> e.user().displayName())
                .containsExactly("User1", "User2", "User3");
        assertThat(page(1).entries())
                .extracting(SubscriberEntry::subscription)
                .extracting(s -> s.expiresAt())
                .isSorted();
    }

    @Test
    void pagesOutOfRange_areClampedToTheFirstOrLast() {
        subscribers(45);
        assertThat(page(0).page()).isEqualTo(1);
        assertThat(page(-4).entries().getFirst().user().id()).isEqualTo(1L);
        SubscriberPage beyond = page(99);
        assertThat(beyond.page()).isEqualTo(3);
        assertThat(beyond.pageCount()).isEqualTo(3);
        assertThat(beyond.entries()).hasSize(5);
        assertThat(page(Integer.MAX_VALUE).page()).isEqualTo(3);
    }

    @Test
    void endedSubscribers_areNotListed_evenBeforeTheExpiryJobRan() {
        subscribers(3);
        subscriptions.put(Fixtures.subscription(2, T0, 30).revoke(T0));
        clock.advance(Duration.ofDays(1));
        SubscriberPage page = page(1);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.entries()).extracting(e -> e.user().id()).containsExactly(3L);
    }
}
